package io.changeflow.schedule;

import org.springframework.lang.Nullable;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One entry of the change calendar.
 *
 * @param kind a change, a release, a blackout or a maintenance window occurrence
 * @param id the change or release key, or the window's id
 * @param title the change's title, the release's or the window's name
 * @param start start (for a change or release its planned window, with the offset of the
 * change's time zone)
 * @param end end
 * @param state the change's or release's state, else null
 * @param changeClass the change's class (STANDARD, NORMAL, EMERGENCY) once classified,
 * else null
 * @param cis the items a change touches (for a release: those of its changes), else empty
 * @param teams the owner groups of those items
 * @param changeKeys the changes a release bundles, else empty
 * @param scope a window's scope item key, or null (global, or not a window)
 * @param scopeName that item's name, or null
 * @param reason a blackout's reason or a maintenance window's summary, else null
 * @param conflicts a scheduled change's conflicts in its planned window, else empty
 */
public record CalendarEntry(CalendarEntryKind kind, String id, String title, OffsetDateTime start, OffsetDateTime end,
		@Nullable String state, @Nullable String changeClass, List<String> cis, List<String> teams,
		List<String> changeKeys, @Nullable String scope, @Nullable String scopeName, @Nullable String reason,
		List<Conflict> conflicts) {
}
