package io.changeflow.schedule;

import org.springframework.lang.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * When changes to an item (and to what it depends on), or to anything when global, may
 * happen: once, or every week at a local time in a time zone.
 */
@Entity
@Table(name = "maintenance_window")
class MaintenanceWindow {

	@Id
	private UUID id;

	private String name;

	@Column(name = "scope_ci")
	private String scope;

	@Enumerated(EnumType.STRING)
	private Recurrence recurrence;

	@Column(name = "starts_at")
	private OffsetDateTime startsAt;

	@Column(name = "ends_at")
	private OffsetDateTime endsAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "day_of_week")
	private DayOfWeek dayOfWeek;

	@Column(name = "start_time")
	private LocalTime startTime;

	@Column(name = "duration_minutes")
	private Integer durationMinutes;

	@Column(name = "time_zone")
	private String timeZone;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected MaintenanceWindow() {
	}

	MaintenanceWindow(MaintenanceWindowBody body, String createdBy) {
		this.id = UUID.randomUUID();
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
		edit(body);
	}

	/** Takes over a checked body; what the recurrence does not use is left empty. */
	final void edit(MaintenanceWindowBody body) {
		this.name = body.name().strip();
		this.scope = MaintenanceWindowBody.blankToNull(body.scope());
		this.recurrence = body.recurrence();
		boolean once = body.recurrence() == Recurrence.ONCE;
		this.startsAt = once ? body.startsAt() : null;
		this.endsAt = once ? body.endsAt() : null;
		this.dayOfWeek = once ? null : body.dayOfWeek();
		this.startTime = once ? null : body.startTime();
		this.durationMinutes = once ? null : body.durationMinutes();
		this.timeZone = once ? null : body.timeZone();
	}

	UUID id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	@Nullable
	String scope() {
		return this.scope;
	}

	/**
	 * Its occurrences that overlap a period, earliest first: the one-off window, or each
	 * week's (in the window's time zone, so daylight saving moves it with local time).
	 */
	List<TimeWindow> occurrences(OffsetDateTime from, OffsetDateTime to) {
		List<TimeWindow> found = new ArrayList<>();
		if (this.recurrence == Recurrence.ONCE) {
			TimeWindow once = new TimeWindow(this.startsAt, this.endsAt);
			if (once.overlaps(from, to)) {
				found.add(once);
			}
			return found;
		}
		ZoneId zone = ZoneId.of(this.timeZone);
		Duration length = Duration.ofMinutes(this.durationMinutes);
		// Start a week early: an occurrence that began before "from" may still run.
		LocalDate day = from.atZoneSameInstant(zone)
			.toLocalDate()
			.minusDays(7)
			.with(TemporalAdjusters.nextOrSame(this.dayOfWeek));
		while (true) {
			ZonedDateTime start = ZonedDateTime.of(day, this.startTime, zone);
			OffsetDateTime startUtc = start.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
			if (!startUtc.isBefore(to)) {
				return found;
			}
			TimeWindow occurrence = new TimeWindow(startUtc, startUtc.plus(length));
			if (occurrence.overlaps(from, to)) {
				found.add(occurrence);
			}
			day = day.plusWeeks(1);
		}
	}

	MaintenanceWindowView view(@Nullable String scopeName) {
		return new MaintenanceWindowView(this.id, this.name, this.scope, scopeName, this.recurrence, this.startsAt,
				this.endsAt, this.dayOfWeek, this.startTime, this.durationMinutes, this.timeZone, describe(),
				this.createdBy, this.createdAt);
	}

	/** E.g. "Every Sunday 02:00 for 4 h (Europe/Berlin)". */
	private String describe() {
		if (this.recurrence == Recurrence.ONCE) {
			return "Once, from %s to %s".formatted(this.startsAt, this.endsAt);
		}
		String day = this.dayOfWeek.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
		int hours = this.durationMinutes / 60;
		int minutes = this.durationMinutes % 60;
		String length = ((hours > 0) ? hours + " h" : "") + ((hours > 0 && minutes > 0) ? " " : "")
				+ ((minutes > 0) ? minutes + " min" : "");
		return "Every %s %s for %s (%s)".formatted(day, this.startTime, length, this.timeZone);
	}

}
