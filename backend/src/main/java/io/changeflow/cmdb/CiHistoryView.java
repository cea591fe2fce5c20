package io.changeflow.cmdb;

import org.springframework.lang.Nullable;

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
public record CiHistoryView(Instant at, @Nullable String oldVersion, @Nullable String newVersion,
		@Nullable String releaseKey, List<String> changeKeys, @Nullable String actor) {
}
