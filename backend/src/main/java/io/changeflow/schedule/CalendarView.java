package io.changeflow.schedule;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The change calendar for a period.
 *
 * @param from the period's start
 * @param to its end
 * @param entries changes, releases, blackouts and maintenance window occurrences that
 * overlap the period, by start
 */
public record CalendarView(OffsetDateTime from, OffsetDateTime to, List<CalendarEntry> entries) {
}
