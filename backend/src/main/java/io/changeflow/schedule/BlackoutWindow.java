package io.changeflow.schedule;

import org.springframework.lang.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A change freeze: no change may be implemented between start and end.
 */
@Entity
@Table(name = "blackout_window")
class BlackoutWindow {

	@Id
	private UUID id;

	private String name;

	@Column(name = "starts_at")
	private OffsetDateTime startsAt;

	@Column(name = "ends_at")
	private OffsetDateTime endsAt;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected BlackoutWindow() {
	}

	BlackoutWindow(String name, OffsetDateTime startsAt, OffsetDateTime endsAt, String createdBy) {
		this.id = UUID.randomUUID();
		this.name = name;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
	}

	boolean overlaps(OffsetDateTime start, OffsetDateTime end) {
		return start.isBefore(this.endsAt) && end.isAfter(this.startsAt);
	}

	/** Whether the instant is inside the window (its end excluded). */
	boolean covers(Instant at) {
		return !at.isBefore(this.startsAt.toInstant()) && at.isBefore(this.endsAt.toInstant());
	}

	BlackoutView view() {
		return new BlackoutView(this.id, this.name, this.startsAt, this.endsAt, this.createdBy);
	}

	/**
	 * A blackout window as the API shows it.
	 *
	 * @param id its id
	 * @param name e.g. "Year-end freeze"
	 * @param startsAt start
	 * @param endsAt end
	 * @param createdBy who declared it
	 */
	record BlackoutView(UUID id, String name, OffsetDateTime startsAt, OffsetDateTime endsAt,
			@Nullable String createdBy) {
	}

}
