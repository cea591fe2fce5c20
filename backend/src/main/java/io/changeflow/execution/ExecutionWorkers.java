package io.changeflow.execution;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.changeflow.execution.ExecutionRequest.Artifact;
import io.changeflow.execution.ExecutionRequest.Wave;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The execution steps of the {@code release} process: each asks the executor to start and
 * completes at once with {@code executionId}; the result arrives later as message
 * {@code execution_finished} correlated by that id. A job delivered again for the same
 * element instance gets the same execution, not a second run.
 */
@Component
public class ExecutionWorkers {

	private final ExecutionDispatcher dispatcher;

	ExecutionWorkers(ExecutionDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	@JobWorker(type = "build-release", fetchVariables = { "releaseKey", "artifacts", "changeKeys" })
	public Map<String, Object> buildRelease(ActivatedJob job) {
		return start(job, ExecutionAction.BUILD);
	}

	@JobWorker(type = "test-release", fetchVariables = { "releaseKey", "artifacts", "changeKeys" })
	public Map<String, Object> testRelease(ActivatedJob job) {
		return start(job, ExecutionAction.TEST);
	}

	@JobWorker(type = "deploy-wave", fetchVariables = { "releaseKey", "wave", "artifacts", "changeKeys" })
	public Map<String, Object> deployWave(ActivatedJob job) {
		return start(job, ExecutionAction.DEPLOY);
	}

	@JobWorker(type = "verify-wave", fetchVariables = { "releaseKey", "wave", "artifacts", "changeKeys" })
	public Map<String, Object> verifyWave(ActivatedJob job) {
		return start(job, ExecutionAction.VERIFY);
	}

	@JobWorker(type = "backout-wave", fetchVariables = { "releaseKey", "wave", "artifacts", "changeKeys" })
	public Map<String, Object> backoutWave(ActivatedJob job) {
		return start(job, ExecutionAction.BACKOUT);
	}

	private Map<String, Object> start(ActivatedJob job, ExecutionAction action) {
		Map<String, Object> variables = job.getVariablesAsMap();
		String releaseKey = (String) variables.get("releaseKey");
		if (releaseKey == null || releaseKey.isBlank()) {
			throw new IllegalArgumentException("Job " + job.getType() + " has no releaseKey variable");
		}
		Wave wave = (action == ExecutionAction.BUILD || action == ExecutionAction.TEST) ? null
				: JobVariables.wave(variables.get("wave"));
		List<Artifact> artifacts = JobVariables.artifacts(variables.get("artifacts"));
		List<String> changeKeys = JobVariables.strings(variables.get("changeKeys"));
		String idempotencyKey = String.join("/", releaseKey, action.name(), (wave != null) ? wave.name() : "-",
				Long.toString(job.getProcessInstanceKey()), Long.toString(job.getElementInstanceKey()));
		ExecutionView execution = this.dispatcher.start(
				new ExecutionRequest(null, releaseKey, action, wave, artifacts, changeKeys), idempotencyKey,
				job.getElementInstanceKey());
		return Map.of("executionId", execution.id().toString());
	}

}
