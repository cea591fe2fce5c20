package io.changeflow.task;

import io.changeflow.platform.ApiException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.http.HttpStatus;

/**
 * One thing a person has to do for a process: vote, review, answer. The engine's job key
 * is only the handle to complete it with.
 */
@Entity
@Table(name = "human_task")
class HumanTask {

	/**
	 * How long after the vote closed a vote cast "at the same moment" still counts as
	 * one.
	 */
	private static final java.time.Duration LATE_VOTE_GRACE = java.time.Duration.ofMinutes(2);

	@Id
	private UUID id;

	@Column(name = "job_key")
	private long jobKey;

	/** The engine lifetime the job key belongs to: a key names a job only within it. */
	@Column(name = "engine_epoch")
	private String engineEpoch;

	@Column(name = "process_instance_key")
	private long processInstanceKey;

	@Column(name = "element_id")
	private String elementId;

	@Column(name = "element_instance_key")
	private long elementInstanceKey;

	@Column(name = "business_key")
	private String businessKey;

	@Column(name = "business_title")
	private String businessTitle;

	@Enumerated(EnumType.STRING)
	private TaskKind kind;

	private String title;

	@Column(name = "form_key")
	private String formKey;

	private String assignee;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "candidate_groups")
	private List<String> candidateGroups;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "candidate_users")
	private List<String> candidateUsers;

	private String requester;

	private String implementer;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "approver_roles")
	private List<String> approverRoles;

	@Column(name = "due_at")
	private Instant dueAt;

	private String priority;

	@Enumerated(EnumType.STRING)
	private TaskState state;

	private String outcome;

	private String comment;

	@Column(name = "completed_by")
	private String completedBy;

	@Column(name = "completed_at")
	private Instant completedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "delegated_by")
	private String delegatedBy;

	@Column(name = "taken_from_group")
	private boolean takenFromGroup;

	@Enumerated(EnumType.STRING)
	private TaskDelivery delivery;

	@Column(name = "delivery_note")
	private String deliveryNote;

	@Version
	private long version;

	protected HumanTask() {
	}

	HumanTask(OpenedTask opened, String engineEpoch) {
		this.id = UUID.randomUUID();
		this.jobKey = opened.jobKey();
		this.engineEpoch = engineEpoch;
		this.processInstanceKey = opened.processInstanceKey();
		this.elementId = opened.elementId();
		this.elementInstanceKey = opened.elementInstanceKey();
		this.businessKey = opened.businessKey();
		this.businessTitle = opened.businessTitle();
		this.kind = TaskKind.ofFormKey(opened.formKey());
		this.title = opened.title();
		this.formKey = opened.formKey();
		this.assignee = opened.assignee();
		this.candidateGroups = List.copyOf(opened.candidateGroups());
		this.candidateUsers = List.copyOf(opened.candidateUsers());
		this.requester = opened.requester();
		this.implementer = opened.implementer();
		this.approverRoles = List.copyOf(opened.approverRoles());
		this.dueAt = opened.dueAt();
		this.priority = opened.priority();
		this.state = TaskState.OPEN;
		this.createdAt = Instant.now();
	}

	/**
	 * Whether the person may take this task by who they are (not yet by segregation of
	 * duties).
	 */
	boolean isFor(String user, List<String> roles) {
		if (this.assignee != null) {
			return this.assignee.equals(user);
		}
		return isCandidate(user, roles);
	}

	/** Whether the person is among those the process offered the task to. */
	boolean isCandidate(String user, List<String> roles) {
		return this.candidateUsers.contains(user) || this.candidateGroups.stream().anyMatch(roles::contains);
	}

	/** Offered to groups or people rather than assigned by the process. */
	boolean offeredToCandidates() {
		return !this.candidateGroups.isEmpty() || !this.candidateUsers.isEmpty();
	}

	/** A person takes an unassigned group task. */
	void claim(String user) {
		requireOpen();
		if (this.assignee != null) {
			throw new ApiException(HttpStatus.CONFLICT, "Task already taken",
					(this.takenFromGroup ? "Already claimed by " : "Assigned to ") + this.assignee, null);
		}
		this.assignee = user;
		this.takenFromGroup = true;
		this.delegatedBy = null;
	}

	/** The person who took a group task gives it back to the group. */
	void unclaim(String user) {
		requireOpen();
		if (!user.equals(this.assignee)) {
			throw new ApiException(HttpStatus.CONFLICT, "Not yours",
					(this.assignee != null) ? "Claimed by " + this.assignee : "Nobody has claimed this task", null);
		}
		if (!this.takenFromGroup) {
			throw new ApiException(HttpStatus.CONFLICT, "Assigned by the process",
					"The process assigned this task to you; delegate it instead of giving it back", null);
		}
		this.assignee = null;
		this.takenFromGroup = false;
		this.delegatedBy = null;
	}

	/**
	 * Hands the task to someone else. A group task stays one: the delegate may give it
	 * back to the group.
	 */
	void delegate(String to, String by) {
		requireOpen();
		this.takenFromGroup = this.takenFromGroup || this.assignee == null;
		this.assignee = to;
		this.delegatedBy = by;
	}

	private void requireOpen() {
		if (this.state != TaskState.OPEN) {
			throw new ApiException(HttpStatus.CONFLICT, "Task no longer open", alreadyDone(), null);
		}
	}

	void complete(String by, String outcome, String comment) {
		if (this.state != TaskState.OPEN) {
			throw new ApiException(HttpStatus.CONFLICT, "Task no longer open", alreadyDone(), null);
		}
		this.state = TaskState.COMPLETED;
		this.completedBy = by;
		this.completedAt = Instant.now();
		this.outcome = outcome;
		this.comment = comment;
		this.delivery = TaskDelivery.PENDING;
	}

	/**
	 * A CAB vote cast a moment after the process closed the vote (the quorum was reached
	 * or a veto came first): the voter decided at the same time as the others, so the
	 * decision still belongs on the record. Later than that, the vote is simply over.
	 */
	boolean acceptsLateVote() {
		return this.state == TaskState.CANCELED && this.completedBy == null && this.kind == TaskKind.CAB_VOTE
				&& this.completedAt != null && this.completedAt.isAfter(Instant.now().minus(LATE_VOTE_GRACE));
	}

	/** Records a late vote: on the record, not needed by the process. */
	void completeLate(String by, String outcome, String comment) {
		String closed = this.outcome;
		this.state = TaskState.COMPLETED;
		this.completedBy = by;
		this.completedAt = Instant.now();
		this.outcome = outcome;
		this.comment = comment;
		this.delivery = TaskDelivery.NOT_NEEDED;
		this.deliveryNote = "the vote had closed (" + closed + ")";
	}

	/** The engine took the decision. */
	void applied() {
		this.delivery = TaskDelivery.APPLIED;
		this.deliveryNote = null;
	}

	/**
	 * The engine no longer had the job: the process had moved on before the decision
	 * reached it. A decision already applied stays applied (a delivery may be repeated).
	 */
	void notNeeded(String why) {
		if (this.delivery != TaskDelivery.APPLIED) {
			this.delivery = TaskDelivery.NOT_NEEDED;
			this.deliveryNote = why;
		}
	}

	/** Why a person acting on a stale copy of this task lost the race. */
	String takenBy() {
		if (this.state == TaskState.OPEN) {
			return (this.assignee != null) ? "Already claimed by " + this.assignee
					: "Someone else changed this task first; reload it";
		}
		return alreadyDone();
	}

	String alreadyDone() {
		return switch (this.state) {
			case COMPLETED -> "Already completed by " + this.completedBy;
			case CANCELED -> "The process no longer waits for this task (" + this.outcome + ")";
			case OPEN -> "Still open";
		};
	}

	void cancel(String why) {
		if (this.state == TaskState.OPEN) {
			this.state = TaskState.CANCELED;
			this.outcome = why;
			this.completedAt = Instant.now();
		}
	}

	UUID id() {
		return this.id;
	}

	long jobKey() {
		return this.jobKey;
	}

	String engineEpoch() {
		return this.engineEpoch;
	}

	String elementId() {
		return this.elementId;
	}

	String businessKey() {
		return this.businessKey;
	}

	TaskKind kind() {
		return this.kind;
	}

	String requester() {
		return this.requester;
	}

	String implementer() {
		return this.implementer;
	}

	TaskState state() {
		return this.state;
	}

	String assignee() {
		return this.assignee;
	}

	String title() {
		return this.title;
	}

	List<String> candidateGroups() {
		return this.candidateGroups;
	}

	List<String> candidateUsers() {
		return this.candidateUsers;
	}

	List<String> approverRoles() {
		return this.approverRoles;
	}

	String completedBy() {
		return this.completedBy;
	}

	String delegatedBy() {
		return this.delegatedBy;
	}

	boolean takenFromGroup() {
		return this.takenFromGroup;
	}

	long version() {
		return this.version;
	}

	boolean isOverdue(Instant now) {
		return this.state == TaskState.OPEN && this.dueAt != null && this.dueAt.isBefore(now);
	}

	String businessTitle() {
		return this.businessTitle;
	}

	Instant dueAt() {
		return this.dueAt;
	}

	String priority() {
		return this.priority;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant completedAt() {
		return this.completedAt;
	}

	String outcome() {
		return this.outcome;
	}

	String comment() {
		return this.comment;
	}

	TaskDelivery delivery() {
		return this.delivery;
	}

	String deliveryNote() {
		return this.deliveryNote;
	}

}
