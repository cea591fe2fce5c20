package io.changeflow.consistency;

import org.springframework.lang.Nullable;

/**
 * One disagreement between a change's or release's record and its process.
 *
 * @param businessKey the change or release
 * @param kind what disagrees
 * @param step the step its row records
 * @param detail what was found, for people
 * @param repaired whether the check repaired it
 */
public record Drift(String businessKey, Kind kind, @Nullable String step, @Nullable String detail, boolean repaired) {

	/** What disagrees. */
	public enum Kind {

		/** The start was recorded but the engine never confirmed it. */
		PROCESS_NOT_STARTED,
		/** The engine does not know the process its row names. */
		NO_ENGINE_INSTANCE,
		/** The row says a person should act, but nobody has an open task. */
		NO_OPEN_TASK

	}

}
