package io.changeflow.release;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How far each wave of a rollout is, read from the release's timeline: the steps of the
 * rollout carry the wave they belong to, and a wave is done once a later step exists. A
 * wave being backed out keeps its state until its backout finished.
 */
final class RolloutProgress {

	private RolloutProgress() {
	}

	static List<ReleaseView.WaveProgress> of(List<Wave> waves, List<ReleaseView.Step> history) {
		List<ReleaseView.WaveProgress> progress = new ArrayList<>();
		for (Wave wave : waves) {
			progress.add(progressOf(wave, history));
		}
		return progress;
	}

	private static ReleaseView.WaveProgress progressOf(Wave wave, List<ReleaseView.Step> history) {
		Instant deployStarted = null;
		Instant deployed = null;
		Instant verified = null;
		Instant backedOut = null;
		String state = "PENDING";
		for (int i = 0; i < history.size(); i++) {
			ReleaseView.Step step = history.get(i);
			if (!wave.name().equals(step.wave())) {
				continue;
			}
			Instant next = nextStepAfter(history, i, wave.name());
			switch (step.elementId()) {
				case "deploy_wave" -> {
					deployStarted = (deployStarted != null) ? deployStarted : step.at();
					state = "DEPLOYING";
				}
				case "verify_wave" -> {
					deployed = (deployed != null) ? deployed : step.at();
					state = "VERIFYING";
				}
				case "verify_finished" -> {
					if (next != null && !failedAfter(history, i)) {
						verified = next;
						state = "DONE";
					}
				}
				case "backout_finished" -> {
					if (next != null) {
						backedOut = next;
						state = "BACKED_OUT";
					}
				}
				default -> {
				}
			}
			if (("deploy_finished".equals(step.elementId()) || "verify_finished".equals(step.elementId()))
					&& failedAfter(history, i)) {
				state = "FAILED";
			}
		}
		Instant end = (verified != null) ? verified : Instant.now();
		Long duration = (deployStarted != null) ? Duration.between(deployStarted, end).toMillis() : null;
		return new ReleaseView.WaveProgress(wave.name(), wave.environment(), wave.percent(), state, deployStarted,
				deployed, verified, backedOut, duration);
	}

	/** When the next step outside this wave's own steps happened, if it did. */
	private static Instant nextStepAfter(List<ReleaseView.Step> history, int index, String wave) {
		for (int j = index + 1; j < history.size(); j++) {
			ReleaseView.Step later = history.get(j);
			if (later.actor() == null && !Objects.equals(later.wave(), wave)) {
				return later.at();
			}
		}
		return null;
	}

	/** The rollout failed right after this step (the process recorded an error). */
	private static boolean failedAfter(List<ReleaseView.Step> history, int index) {
		for (int j = index + 1; j < history.size(); j++) {
			ReleaseView.Step later = history.get(j);
			if (later.actor() == null) {
				return "rollout_failed".equals(later.outcome());
			}
		}
		return false;
	}

}
