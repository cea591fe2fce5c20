package io.changeflow.execution;

import io.changeflow.execution.ExecutionRequest.Artifact;
import io.changeflow.execution.ExecutionRequest.Wave;
import java.util.List;
import java.util.Map;

/**
 * Reads the release process's variables (JSON maps and lists) into requests, lenient
 * about extra fields the release module adds.
 */
final class JobVariables {

	private JobVariables() {
	}

	static Wave wave(Object value) {
		if (!(value instanceof Map<?, ?> wave) || !(wave.get("name") instanceof String name)) {
			throw new IllegalArgumentException("The job needs a wave variable with a name, not " + value);
		}
		return new Wave(name, (String) wave.get("environment"), number(wave.get("percent"), 100),
				number(wave.get("simulatedFailureRate"), 0));
	}

	static List<Artifact> artifacts(Object value) {
		if (!(value instanceof List<?> list)) {
			return List.of();
		}
		return list.stream()
			.filter(Map.class::isInstance)
			.map((item) -> (Map<?, ?>) item)
			.map((item) -> new Artifact(string(item.get("name")), string(item.get("version")),
					string(item.get("sha256"))))
			.toList();
	}

	static List<String> strings(Object value) {
		return (value instanceof List<?> list) ? list.stream().map(String::valueOf).toList() : List.of();
	}

	private static double number(Object value, double otherwise) {
		return (value instanceof Number number) ? number.doubleValue() : otherwise;
	}

	private static String string(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
