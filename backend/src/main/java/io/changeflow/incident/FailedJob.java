package io.changeflow.incident;

import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;

/**
 * A job that failed on its last retry, as the incident records it.
 *
 * @param businessKey the change or release key from the job's variables, or null
 * @param elementId the BPMN element the job belongs to
 * @param jobType the job type
 * @param jobKey the job key (a handle within the engine epoch)
 * @param processInstanceKey the process instance (a handle within the engine epoch)
 * @param errorMessage what went wrong
 */
record FailedJob(String businessKey, String elementId, String jobType, long jobKey, long processInstanceKey,
		String errorMessage) {

	static final int MAX_MESSAGE = 2000;

	FailedJob {
		errorMessage = bounded(errorMessage);
	}

	static FailedJob of(ActivatedJob job, Throwable failure) {
		Map<String, Object> variables = job.getVariablesAsMap();
		Object key = (variables.get("changeKey") != null) ? variables.get("changeKey") : variables.get("releaseKey");
		return new FailedJob((key != null) ? key.toString() : null, job.getElementId(), job.getType(), job.getKey(),
				job.getProcessInstanceKey(), message(failure));
	}

	/** The failure and its causes, without stack frames: people read it on the page. */
	static String message(Throwable failure) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = failure; cause != null && text.length() < MAX_MESSAGE; cause = cause.getCause()) {
			if (cause instanceof java.lang.reflect.InvocationTargetException && cause.getCause() != null) {
				// Reflection's wrapper says nothing; the worker's own exception does.
				continue;
			}
			if (!text.isEmpty()) {
				text.append(" <- ");
			}
			text.append(cause.getClass().getSimpleName());
			if (cause.getMessage() != null) {
				text.append(": ").append(cause.getMessage());
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return text.toString();
	}

	private static String bounded(String message) {
		String text = (message == null || message.isBlank()) ? "(no message)" : message.replace('\0', ' ');
		if (text.length() <= MAX_MESSAGE) {
			return text;
		}
		int end = MAX_MESSAGE - 1;
		// Never keep half of a surrogate pair: PostgreSQL would store it as '?'.
		end = Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end;
		return text.substring(0, end) + "…";
	}

}
