package io.changeflow.emailapproval;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One approval link sent to one approver for one task. Its token names this row; once
 * used (or once a sibling link of the same task and approver is used) it works no more.
 */
@Entity
@Table(name = "email_approval_link")
class EmailApprovalLink {

	@Id
	private UUID id;

	@Column(name = "task_id", nullable = false)
	private UUID taskId;

	@Column(nullable = false)
	private String approver;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	@Column(name = "used_decision")
	private String usedDecision;

	@Column(name = "used_from_ip")
	private String usedFromIp;

	@Column(name = "user_agent")
	private String userAgent;

	protected EmailApprovalLink() {
	}

	EmailApprovalLink(UUID taskId, String approver, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.taskId = taskId;
		this.approver = approver;
		this.createdAt = Instant.now();
		this.expiresAt = expiresAt;
	}

	/** Whether the signed claims are this link's own: same task, same approver. */
	boolean matches(LinkClaims claims) {
		return this.id.equals(claims.linkId()) && this.taskId.equals(claims.taskId())
				&& this.approver.equals(claims.approver());
	}

	LinkClaims claims() {
		return new LinkClaims(this.id, this.taskId, this.approver, this.expiresAt);
	}

	/** Why the link cannot be used any more, or null while it can. */
	String unusableBecause(Instant now) {
		if (this.usedAt != null) {
			return (this.usedDecision != null)
					? "This link was already used on %s to %s".formatted(this.usedAt, this.usedDecision)
					: "This link was already used on %s".formatted(this.usedAt);
		}
		if (!now.isBefore(this.expiresAt)) {
			return "This link expired on " + this.expiresAt;
		}
		return null;
	}

	UUID taskId() {
		return this.taskId;
	}

	String approver() {
		return this.approver;
	}

	Instant expiresAt() {
		return this.expiresAt;
	}

	String usedDecision() {
		return this.usedDecision;
	}

}
