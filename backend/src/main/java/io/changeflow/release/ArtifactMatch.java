package io.changeflow.release;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which deployed artifact gives a configuration item its version: the one named exactly
 * after the item (case aside), else one whose name is the item's followed by a separator
 * ({@code checkout-api.jar}, {@code checkout-api-4.2.0.tar.gz},
 * {@code checkout-api:4.2.0}). No match means no version: the item keeps the one it has.
 */
final class ArtifactMatch {

	private static final String SEPARATORS = "-_.:";

	private ArtifactMatch() {
	}

	/**
	 * @param ciName the item's name, e.g. {@code checkout-api}
	 * @param versions artifact version by artifact name
	 * @return the version of the best matching artifact, if any
	 */
	static Optional<String> versionFor(String ciName, Map<String, String> versions) {
		String name = ciName.strip().toLowerCase(Locale.ROOT);
		if (name.isEmpty()) {
			return Optional.empty();
		}
		Optional<String> exact = versions.entrySet()
			.stream()
			.filter((artifact) -> artifact.getKey().strip().toLowerCase(Locale.ROOT).equals(name))
			.map(Map.Entry::getValue)
			.findFirst();
		if (exact.isPresent()) {
			return exact;
		}
		// The shortest name wins: "checkout-api.jar" says more about checkout-api than
		// "checkout-api-worker.jar" does.
		return versions.entrySet()
			.stream()
			.filter((artifact) -> startsWithName(artifact.getKey().strip().toLowerCase(Locale.ROOT), name))
			.min(java.util.Comparator.comparingInt((Map.Entry<String, String> artifact) -> artifact.getKey().length())
				.thenComparing(Map.Entry::getKey))
			.map(Map.Entry::getValue);
	}

	private static boolean startsWithName(String artifact, String name) {
		return artifact.length() > name.length() && artifact.startsWith(name)
				&& SEPARATORS.indexOf(artifact.charAt(name.length())) >= 0;
	}

}
