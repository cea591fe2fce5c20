package io.changeflow.release;

import io.changeflow.execution.ExecutionAction;
import io.changeflow.execution.ExecutionStatus;
import io.changeflow.execution.ExecutionView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How far each wave of a rollout is and how the tests went, read from the release's
 * executions (deploy, verify, backout per wave; the latest run of each counts).
 */
final class RolloutProgress {

	private RolloutProgress() {
	}

	static List<ReleaseView.WaveProgress> of(List<Wave> waves, List<ExecutionView> executions) {
		return waves.stream().map((wave) -> progressOf(wave, executions)).toList();
	}

	/** The result of the latest test run, once it has one. */
	static ReleaseView.TestResults testResults(List<ExecutionView> executions) {
		return latest(executions, ExecutionAction.TEST, null).filter((test) -> test.status().isFinal())
			.filter((test) -> test.result().get("passed") instanceof Number)
			.map((test) -> new ReleaseView.TestResults(((Number) test.result().get("passed")).intValue(),
					(test.result().get("failed") instanceof Number failed) ? failed.intValue() : 0))
			.orElse(null);
	}

	private static ReleaseView.WaveProgress progressOf(Wave wave, List<ExecutionView> executions) {
		ExecutionView deploy = latest(executions, ExecutionAction.DEPLOY, wave.name()).orElse(null);
		ExecutionView verify = latest(executions, ExecutionAction.VERIFY, wave.name()).orElse(null);
		ExecutionView backout = latest(executions, ExecutionAction.BACKOUT, wave.name()).orElse(null);
		Instant deployedAt = succeededAt(deploy);
		Instant verifiedAt = succeededAt(verify);
		Instant backedOutAt = succeededAt(backout);
		String state;
		if (backedOutAt != null) {
			state = "BACKED_OUT";
		}
		else if (failed(deploy) || failed(verify)) {
			state = "FAILED";
		}
		else if (verifiedAt != null) {
			state = "DONE";
		}
		else if (deployedAt != null) {
			state = "VERIFYING";
		}
		else if (deploy != null) {
			state = "DEPLOYING";
		}
		else {
			state = "PENDING";
		}
		Long duration = null;
		if (deploy != null) {
			Instant end = (verifiedAt != null) ? verifiedAt : lastFinish(deploy, verify);
			duration = Duration.between(deploy.startedAt(), (end != null) ? end : Instant.now()).toMillis();
		}
		return new ReleaseView.WaveProgress(wave.name(), wave.environment(), wave.percent(), state,
				(deploy != null) ? deploy.startedAt() : null, deployedAt, verifiedAt, backedOutAt, duration);
	}

	private static Optional<ExecutionView> latest(List<ExecutionView> executions, ExecutionAction action, String wave) {
		return executions.stream()
			.filter((execution) -> execution.action() == action && (wave == null || wave.equals(execution.wave())))
			.reduce((first, second) -> second);
	}

	private static Instant succeededAt(ExecutionView execution) {
		return (execution != null && execution.status() == ExecutionStatus.SUCCEEDED) ? execution.finishedAt() : null;
	}

	private static boolean failed(ExecutionView execution) {
		return execution != null && execution.status() == ExecutionStatus.FAILED;
	}

	/** A failed wave's time ends when its failure arrived. */
	private static Instant lastFinish(ExecutionView deploy, ExecutionView verify) {
		if (failed(verify)) {
			return verify.finishedAt();
		}
		return failed(deploy) ? deploy.finishedAt() : null;
	}

}
