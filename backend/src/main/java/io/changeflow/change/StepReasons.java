package io.changeflow.change;

import java.util.Map;

/**
 * Words for the timeline: why a change ended where it did, taken from the variables the
 * deciding step left behind.
 */
final class StepReasons {

	private StepReasons() {
	}

	static String reasonFor(String endEvent, Map<String, Object> variables) {
		return switch (endEvent) {
			case "rfc_rejected" -> text(variables, "filterReason", "Rejected by the filter");
			case "rfc_timed_out" -> "The requester did not provide the information in time";
			case "change_vetoed" -> "Vetoed by the CAB";
			case "change_rejected" ->
				firstOf(variables, "Rejected", "reviewComment", "ecabComment", "escalationComment");
			case "change_withdrawn" -> text(variables, "withdrawReason", "Withdrawn");
			case "change_closed" -> "Closed: " + text(variables, "implementationOutcome", "implemented");
			default -> endEvent;
		};
	}

	/** What the requester is asked: the change manager's question, else the filter's. */
	static String question(Map<String, Object> variables) {
		if ("request_information".equals(variables.get("reviewDecision"))) {
			return text(variables, "reviewComment", "Please add information");
		}
		return text(variables, "filterReason", "Please add information");
	}

	private static String firstOf(Map<String, Object> variables, String fallback, String... names) {
		for (String name : names) {
			if (variables.get(name) instanceof String text && !text.isBlank()) {
				return text;
			}
		}
		return fallback;
	}

	private static String text(Map<String, Object> variables, String name, String fallback) {
		return (variables.get(name) instanceof String text && !text.isBlank()) ? text : fallback;
	}

}
