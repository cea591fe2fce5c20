package io.changeflow.approval;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Deadlines counted in working days (Monday to Friday), as change policies state them.
 */
final class WorkingDays {

	private WorkingDays() {
	}

	/** The moment that lies the given working time after a start, skipping weekends. */
	static ZonedDateTime after(ZonedDateTime start, Duration workingTime) {
		ZonedDateTime at = start;
		long hours = workingTime.toHours();
		while (hours > 0) {
			at = at.plusHours(1);
			if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
				hours--;
			}
		}
		return at;
	}

	static ZonedDateTime after(ZonedDateTime start, int days, ZoneId zone) {
		return after(start.withZoneSameInstant(zone), Duration.ofDays(days));
	}

}
