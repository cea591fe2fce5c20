package io.changeflow.release;

import io.changeflow.change.ChangeView;
import java.util.List;

/**
 * Why a release backed its changes out, told from its record: the wave whose deployment
 * or verification failed and the executor's reason; else who asked for the back-out and
 * why, after the last wave deployed; else (it failed before any wave) the failure.
 */
final class Backouts {

	private Backouts() {
	}

	/**
	 * @param state where the release stands
	 * @param progress how far each wave got
	 * @param history its timeline
	 * @return the story, or null unless it is backing out, backed out or failed
	 */
	static ChangeView.Backout of(ReleaseState state, List<ReleaseView.WaveProgress> progress,
			List<ReleaseView.Step> history) {
		if (state != ReleaseState.BACKING_OUT && state != ReleaseState.BACKED_OUT && state != ReleaseState.FAILED) {
			return null;
		}
		String what = (state == ReleaseState.FAILED) ? "Failed" : "Backed out";
		for (ReleaseView.WaveProgress wave : progress) {
			if ("FAILED".equals(wave.state())) {
				String reason = wave.outcome().replace("; rolled back", "");
				return new ChangeView.Backout(wave.wave(), reason,
						"%s at wave %s: %s".formatted(what, wave.wave(), lowerFirst(reason)));
			}
		}
		String lastDeployed = progress.stream()
			.filter((wave) -> wave.deployedAt() != null)
			.map(ReleaseView.WaveProgress::wave)
			.reduce((first, second) -> second)
			.orElse(null);
		String reason = history.stream()
			.filter((step) -> step.detail() != null
					&& (step.state() == ReleaseState.BACKING_OUT || (step.state() != null && step.state().isFinal())))
			.map(ReleaseView.Step::detail)
			.findFirst()
			.orElse(what);
		if (lastDeployed == null) {
			return new ChangeView.Backout(null, reason, "%s before any wave: %s".formatted(what, lowerFirst(reason)));
		}
		return new ChangeView.Backout(lastDeployed, reason,
				"%s after wave %s: %s".formatted(what, lastDeployed, lowerFirst(reason)));
	}

	private static String lowerFirst(String text) {
		if (text.isEmpty() || (text.length() > 1 && Character.isUpperCase(text.charAt(1)))) {
			return text;
		}
		return Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

}
