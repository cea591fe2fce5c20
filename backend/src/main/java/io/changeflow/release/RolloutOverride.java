package io.changeflow.release;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A change manager let a release roll out outside the approved windows of its changes or
 * inside a blackout window. Never edited: it is part of the record.
 */
@Entity
@Immutable
@Table(name = "rollout_override")
class RolloutOverride {

	@Id
	private UUID id;

	@Column(name = "release_id", nullable = false, updatable = false)
	private UUID releaseId;

	@Column(nullable = false)
	private String reason;

	private String refusal;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected RolloutOverride() {
	}

	RolloutOverride(UUID releaseId, String reason, String refusal, String recordedBy) {
		this.id = UUID.randomUUID();
		this.releaseId = releaseId;
		this.reason = reason;
		this.refusal = refusal;
		this.recordedBy = recordedBy;
		this.recordedAt = Instant.now();
	}

	ReleaseView.Override view() {
		return new ReleaseView.Override(this.recordedBy, this.reason, this.refusal, this.recordedAt);
	}

	UUID releaseId() {
		return this.releaseId;
	}

	String reason() {
		return this.reason;
	}

	String recordedBy() {
		return this.recordedBy;
	}

}
