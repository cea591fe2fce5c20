package io.changeflow.cmdb;

import java.time.Instant;
import java.util.List;

/**
 * A version change of a configuration item as the API shows it.
 *
 * @param at when
 * @param oldVersion the version before, or null
 * @param newVersion the version after
 * @param releaseKey the release that deployed it, or null
 * @param changeKeys the changes it implemented
 * @param actor who (the release's builder, or a user)
 */
public record CiHistoryView(Instant at, String oldVersion, String newVersion, String releaseKey,
		List<String> changeKeys, String actor) {
}
