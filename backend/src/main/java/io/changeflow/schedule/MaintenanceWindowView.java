package io.changeflow.schedule;

import org.springframework.lang.Nullable;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A maintenance window as the API shows it.
 *
 * @param id its id
 * @param name e.g. "Sunday night maintenance"
 * @param scope the key of the item it is for (and everything that item depends on), or
 * null for every change
 * @param scopeName that item's name, or null
 * @param recurrence once or weekly
 * @param startsAt start of a one-off window, else null
 * @param endsAt end of a one-off window, else null
 * @param dayOfWeek the day of a weekly window, else null
 * @param startTime the local start time of a weekly window, else null
 * @param durationMinutes how long a weekly window lasts, else null
 * @param timeZone the IANA time zone of a weekly window, else null
 * @param summary a plain sentence, e.g. "Every Sunday 02:00 for 4 h (Europe/Berlin)"
 * @param createdBy who declared it
 * @param createdAt when
 */
public record MaintenanceWindowView(UUID id, String name, @Nullable String scope, @Nullable String scopeName,
		Recurrence recurrence, @Nullable OffsetDateTime startsAt, @Nullable OffsetDateTime endsAt,
		@Nullable DayOfWeek dayOfWeek, @Nullable LocalTime startTime, @Nullable Integer durationMinutes,
		@Nullable String timeZone, String summary, String createdBy, Instant createdAt) {
}
