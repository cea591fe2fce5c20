package io.changeflow.approval;

import io.changeflow.approval.ApprovalPolicy.Approver;
import io.changeflow.approval.ApprovalPolicy.CabRoster;
import io.changeflow.approval.ApprovalPolicy.RequiredRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The latest CAB vote of a change as the policy resolved it. A new round (after an
 * escalation, a revision or an engine restart) replaces the old one.
 */
@Entity
@Table(name = "cab_round")
class CabRound {

	@Id
	@Column(name = "change_key")
	private String changeKey;

	@Column(name = "started_at")
	private Instant startedAt;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(name = "required_roles")
	private List<RequiredRole> requiredRoles;

	@JdbcTypeCode(SqlTypes.JSON)
	private List<Approver> approvers;

	@Column(name = "reminder_at")
	private Instant reminderAt;

	private Instant deadline;

	protected CabRound() {
	}

	CabRound(String changeKey, Instant startedAt, CabRoster roster) {
		this.changeKey = changeKey;
		this.startedAt = startedAt;
		this.requiredRoles = List.copyOf(roster.requiredRoles());
		this.approvers = List.copyOf(roster.approvers());
		this.reminderAt = Instant.parse(roster.cabReminderAt());
		this.deadline = Instant.parse(roster.cabDeadline());
	}

	CabRoundView view() {
		return new CabRoundView(this.changeKey, this.startedAt, this.requiredRoles, this.approvers, this.deadline);
	}

}
