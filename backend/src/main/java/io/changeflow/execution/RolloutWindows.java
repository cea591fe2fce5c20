package io.changeflow.execution;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether now is a time to roll out: inside the approved windows of the changes, outside
 * every blackout window, or else overridden by a change manager. The release feature
 * answers (it keeps the overrides); the gating API asks, so a pipeline hears what the
 * release page says.
 */
public interface RolloutWindows {

	/**
	 * The window check of one change.
	 * @param changeKey the change
	 * @param now the instant to check
	 * @return its refusals, and the override of a release bundling it, if any
	 */
	WindowCheck ofChange(String changeKey, Instant now);

	/**
	 * The window check of a release: every change it bundles.
	 * @param releaseKey the release
	 * @param now the instant to check
	 * @return its check, or empty when there is no such release
	 */
	Optional<WindowCheck> ofRelease(String releaseKey, Instant now);

}
