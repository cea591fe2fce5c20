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

	/**
	 * How far each wave is.
	 * @param waves the waves, in order
	 * @param executions the release's executions, oldest first
	 * @param ended whether the release ended: a wave still pending then never started
	 * @return one progress per wave
	 */
	static List<ReleaseView.WaveProgress> of(List<Wave> waves, List<ExecutionView> executions, boolean ended) {
		return waves.stream().map((wave) -> progressOf(wave, executions, ended)).toList();
	}

	/** The result of the latest test run, once it has one. */
	static ReleaseView.TestResults testResults(List<ExecutionView> executions) {
		return latest(executions, ExecutionAction.TEST, null).filter((test) -> test.status().isFinal())
			.filter((test) -> test.result().get("passed") instanceof Number)
			.map((test) -> new ReleaseView.TestResults(((Number) test.result().get("passed")).intValue(),
					(test.result().get("failed") instanceof Number failed) ? failed.intValue() : 0))
			.orElse(null);
	}

	private static ReleaseView.WaveProgress progressOf(Wave wave, List<ExecutionView> executions, boolean ended) {
		ExecutionView deploy = latest(executions, ExecutionAction.DEPLOY, wave.name()).orElse(null);
		ExecutionView verify = latest(executions, ExecutionAction.VERIFY, wave.name()).orElse(null);
		ExecutionView backout = latest(executions, ExecutionAction.BACKOUT, wave.name()).orElse(null);
		Instant deployedAt = succeededAt(deploy);
		Instant verifiedAt = succeededAt(verify);
		Instant backedOutAt = succeededAt(backout);
		String state;
		// A failed wave stays FAILED when it is rolled back too: its failure is what
		// the record has to tell.
		if (failed(deploy) || failed(verify)) {
			state = "FAILED";
		}
		else if (backedOutAt != null) {
			state = "BACKED_OUT";
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
		String failureReason = failed(deploy) ? reasonOf(deploy) : (failed(verify) ? reasonOf(verify) : null);
		String outcome = switch (state) {
			case "FAILED" -> (failed(deploy) ? "Deployment failed" : "Verification failed")
					+ ((failureReason != null) ? ": " + failureReason : "")
					+ ((backedOutAt != null) ? "; rolled back" : "");
			case "BACKED_OUT" -> ((verifiedAt != null) ? "Deployed and verified" : "Deployed") + ", then rolled back";
			case "DONE" -> "Deployed and verified";
			case "VERIFYING" -> "Deployed, verifying";
			case "DEPLOYING" -> "Deploying";
			default -> ended ? "Not started" : "Waiting";
		};
		return new ReleaseView.WaveProgress(wave.name(), wave.environment(), wave.percent(), state,
				(deploy != null) ? deploy.startedAt() : null, deployedAt, verifiedAt, backedOutAt, duration, outcome,
				failureReason);
	}

	/** What the executor said went wrong, if it said. */
	private static String reasonOf(ExecutionView execution) {
		Object reason = (execution.result() != null) ? execution.result().get("reason") : null;
		return (reason != null && !String.valueOf(reason).isBlank()) ? String.valueOf(reason) : null;
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
