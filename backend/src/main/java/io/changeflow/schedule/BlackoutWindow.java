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
 * A change freeze: no change may be implemented between start and end, either anywhere
 * (no scope) or to its scope item and everything that item depends on.
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

	@Column(name = "scope_ci")
	private String scope;

	private String reason;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	protected BlackoutWindow() {
	}

	BlackoutWindow(String name, OffsetDateTime startsAt, OffsetDateTime endsAt, String scope, String reason,
			String createdBy) {
		this.id = UUID.randomUUID();
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
		edit(name, startsAt, endsAt, scope, reason);
	}

	final void edit(String name, OffsetDateTime startsAt, OffsetDateTime endsAt, String scope, String reason) {
		this.name = name;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.scope = scope;
		this.reason = reason;
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

	TimeWindow window() {
		return new TimeWindow(this.startsAt, this.endsAt);
	}

	boolean overlaps(OffsetDateTime start, OffsetDateTime end) {
		return start.isBefore(this.endsAt) && end.isAfter(this.startsAt);
	}

	BlackoutView view(@Nullable String scopeName) {
		return new BlackoutView(this.id, this.name, this.startsAt, this.endsAt, this.createdBy, this.scope, scopeName,
				this.reason);
	}

	/**
	 * A blackout window as the API shows it.
	 *
	 * @param id its id
	 * @param name e.g. "Year-end freeze"
	 * @param startsAt start
	 * @param endsAt end
	 * @param createdBy who declared it
	 * @param scope the key of the item it freezes (with everything that item depends on),
	 * or null for a global freeze
	 * @param scopeName that item's name, or null
	 * @param reason why, or null
	 */
	record BlackoutView(UUID id, String name, OffsetDateTime startsAt, OffsetDateTime endsAt,
			@Nullable String createdBy, @Nullable String scope, @Nullable String scopeName, @Nullable String reason) {
	}

}
