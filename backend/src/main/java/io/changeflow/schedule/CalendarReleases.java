package io.changeflow.schedule;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The releases the calendar shows, as the release feature reports them (it implements
 * this; the calendar does not depend on it, so the release feature may ask the schedule
 * about windows).
 */
public interface CalendarReleases {

	/**
	 * The releases whose planned window overlaps a period.
	 * @param from the period's start
	 * @param to its end
	 * @return the releases, earliest first
	 */
	List<PlannedRelease> between(OffsetDateTime from, OffsetDateTime to);

	/**
	 * A release on the calendar.
	 *
	 * @param key e.g. REL-2026.11-3
	 * @param name its name
	 * @param state where it stands, e.g. ROLLING_OUT
	 * @param plannedStart start of the planned (rollout) window
	 * @param plannedEnd its end
	 * @param changeKeys the changes it bundles
	 */
	record PlannedRelease(String key, String name, String state, OffsetDateTime plannedStart, OffsetDateTime plannedEnd,
			List<String> changeKeys) {
	}

}
