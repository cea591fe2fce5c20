package io.changeflow.release;

import io.changeflow.platform.ApiException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules a rollout plan follows, each refusal naming the field at fault.
 */
final class Waves {

	private Waves() {
	}

	static List<Wave> check(List<Wave> waves) {
		if (waves == null || waves.isEmpty()) {
			throw ApiException.invalid("waves", "a rollout needs at least one wave");
		}
		if (waves.size() > 20) {
			throw ApiException.invalid("waves", "at most 20 waves");
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < waves.size(); i++) {
			Wave wave = waves.get(i);
			String at = "waves[" + i + "].";
			if (wave == null) {
				throw ApiException.invalid("waves[" + i + "]", "must not be null");
			}
			if (isBlank(wave.name()) || wave.name().length() > 100) {
				throw ApiException.invalid(at + "name", "must be 1 to 100 characters");
			}
			if (!names.add(wave.name().strip())) {
				throw ApiException.invalid(at + "name", "another wave is named " + wave.name().strip());
			}
			if (isBlank(wave.environment()) || wave.environment().length() > 40) {
				throw ApiException.invalid(at + "environment", "must be 1 to 40 characters");
			}
			if (wave.percent() < 1 || wave.percent() > 100) {
				throw ApiException.invalid(at + "percent", "must be between 1 and 100");
			}
			if (!(wave.simulatedFailureRate() >= 0 && wave.simulatedFailureRate() <= 1)) {
				throw ApiException.invalid(at + "simulatedFailureRate", "must be between 0 and 1");
			}
		}
		return waves.stream()
			.map((w) -> new Wave(w.name().strip(), w.environment().strip(), w.percent(), w.manualGate(),
					w.simulatedFailureRate()))
			.toList();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
