package io.changeflow.cmdb;

import java.time.Instant;
import java.util.List;
import org.springframework.lang.Nullable;

/**
 * One changed field of a configuration item as the API shows it.
 *
 * @param at when
 * @param field what changed: version, name, relation, ...
 * @param oldValue the value before, or null
 * @param newValue the value after, or null (a deleted relation)
 * @param cause why: a release, a change, an admin edit, an import, or unauthorized
 * @param releaseKey the release that deployed it, or null
 * @param changeKey the change that covered it, or null
 * @param changeKeys the changes the release implemented
 * @param actor who (the release's builder, an admin, a discovery tool)
 */
public record CiHistoryView(Instant at, String field, @Nullable String oldValue, @Nullable String newValue,
		CiChangeCause cause, @Nullable String releaseKey, @Nullable String changeKey, List<String> changeKeys,
		@Nullable String actor) {
}
