package io.changeflow.release;

/**
 * What a person did to a release that its process must hear of, after the commit.
 *
 * @param key the release key
 * @param releaseId the release's identity (keys can be reused after a reset)
 * @param command what to tell the engine
 * @param reason why (back out only)
 * @param by who
 */
record ReleaseCommandDue(String key, java.util.UUID releaseId, Command command, String reason, String by) {

	enum Command {

		/** The release was built: its process starts. */
		START,
		/** Artifacts changed: the process's copy is refreshed. */
		UPDATE_ARTIFACTS,
		/** A release engineer backs the rollout out. */
		BACK_OUT

	}

}
