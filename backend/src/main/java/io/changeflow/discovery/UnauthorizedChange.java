package io.changeflow.discovery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.springframework.lang.Nullable;

/**
 * A change a discovery tool saw on a configuration item that no approved change or
 * release covered, and how a change manager resolved it.
 */
@Entity
@Table(name = "unauthorized_change")
class UnauthorizedChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "ci_key", nullable = false)
	private String ciKey;

	@Column(nullable = false)
	private String attribute;

	@Column(name = "old_value")
	private String oldValue;

	@Column(name = "new_value", nullable = false)
	private String newValue;

	@Column(name = "observed_at", nullable = false)
	private Instant observedAt;

	@Column(nullable = false)
	private String source;

	@Column(name = "batch_id", nullable = false)
	private String batchId;

	@Column(name = "detected_at", nullable = false)
	private Instant detectedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UnauthorizedChangeStatus status;

	@Column(name = "change_key")
	private String changeKey;

	private String reason;

	@Column(name = "resolved_by")
	private String resolvedBy;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	protected UnauthorizedChange() {
	}

	UnauthorizedChange(String ciKey, String attribute, @Nullable String oldValue, String newValue, Instant observedAt,
			String source, String batchId) {
		this.ciKey = ciKey;
		this.attribute = attribute;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.observedAt = observedAt;
		this.source = source;
		this.batchId = batchId;
		this.detectedAt = Instant.now();
		this.status = UnauthorizedChangeStatus.OPEN;
	}

	/**
	 * A change manager resolves it.
	 * @param status LINKED, ACCEPTED or ROLLED_BACK
	 * @param changeKey the emergency change, for LINKED
	 * @param reason why, for ACCEPTED and ROLLED_BACK
	 * @param by the change manager
	 */
	void resolve(UnauthorizedChangeStatus status, @Nullable String changeKey, @Nullable String reason, String by) {
		this.status = status;
		this.changeKey = changeKey;
		this.reason = reason;
		this.resolvedBy = by;
		this.resolvedAt = Instant.now();
	}

	Long id() {
		return this.id;
	}

	String ciKey() {
		return this.ciKey;
	}

	String attribute() {
		return this.attribute;
	}

	String oldValue() {
		return this.oldValue;
	}

	String newValue() {
		return this.newValue;
	}

	UnauthorizedChangeStatus status() {
		return this.status;
	}

	UnauthorizedChangeView view(@Nullable String ciName) {
		return new UnauthorizedChangeView(this.id, this.ciKey, ciName, this.attribute, this.oldValue, this.newValue,
				this.observedAt, this.source, this.batchId, this.detectedAt, this.status, this.changeKey, this.reason,
				this.resolvedBy, this.resolvedAt);
	}

}
