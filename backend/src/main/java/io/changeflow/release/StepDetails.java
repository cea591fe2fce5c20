package io.changeflow.release;

import java.util.Map;

/**
 * The line of detail a timeline step gets: why a rollout failed or was backed out, why a
 * build or test failed, which wave a step works on.
 */
final class StepDetails {

	private StepDetails() {
	}

	static String of(ReleaseState state, String wave, Map<String, Object> variables) {
		if (wave != null) {
			return "wave " + wave;
		}
		if (state == ReleaseState.BACKING_OUT && variables.get("backOutReason") != null) {
			return "Back out requested by %s: %s".formatted(variables.get("backOutBy"), variables.get("backOutReason"));
		}
		if (variables.get("rolloutError") != null
				&& (state == ReleaseState.BACKING_OUT || (state != null && state.isFinal()))) {
			return "Rollout stopped: " + variables.get("rolloutError") + reason(variables);
		}
		if (state == ReleaseState.FAILED) {
			return "Failed" + reason(variables);
		}
		return null;
	}

	private static String reason(Map<String, Object> variables) {
		if (variables.get("executionResult") instanceof Map<?, ?> result && result.get("reason") != null) {
			return " (" + result.get("reason") + ")";
		}
		return "";
	}

}
