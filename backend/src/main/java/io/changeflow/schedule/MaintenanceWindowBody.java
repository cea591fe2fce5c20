package io.changeflow.schedule;

import org.springframework.lang.Nullable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * A maintenance window as an admin declares it: a one-off window needs startsAt and
 * endsAt; a weekly one dayOfWeek, startTime, durationMinutes and timeZone.
 *
 * @param name e.g. "Sunday night maintenance"
 * @param scope the key of the item it is for, or null (or blank) for every change
 * @param recurrence ONCE or WEEKLY
 * @param startsAt start of a one-off window
 * @param endsAt end of a one-off window
 * @param dayOfWeek day of a weekly window, e.g. SUNDAY
 * @param startTime local start time of a weekly window, e.g. 02:00
 * @param durationMinutes length of a weekly window, 1 minute to 7 days
 * @param timeZone IANA time zone of a weekly window, e.g. Europe/Berlin
 */
public record MaintenanceWindowBody(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 20) String scope,
		@NotNull Recurrence recurrence, @Nullable OffsetDateTime startsAt, @Nullable OffsetDateTime endsAt,
		@Nullable DayOfWeek dayOfWeek, @Nullable LocalTime startTime,
		@Nullable @Min(1) @Max(10080) Integer durationMinutes, @Nullable @Size(max = 64) String timeZone) {

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
