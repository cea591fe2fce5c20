package io.changeflow.task;

import org.springframework.lang.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A task as the inbox shows it.
 *
 * @param id the task's identity
 * @param changeKey the change (or release) it belongs to
 * @param changeTitle its title
 * @param elementId the BPMN element it waits in
 * @param kind what kind of task
 * @param title what to do
 * @param assignee who it is assigned to, if anyone
 * @param candidateGroups roles that may take it
 * @param candidateUsers people who may take it
 * @param approverRoles for votes: the roles the vote counts for
 * @param dueAt when it is due
 * @param priority the change's priority
 * @param createdAt when it appeared
 * @param state open, completed or canceled
 * @param completedBy who completed it
 * @param completedAt when
 * @param outcome the decision, or why it was canceled
 * @param comment the comment given with the decision
 * @param allowedToComplete whether the current user may complete it
 * @param notAllowedReason why not, when not
 * @param version the row version: changes with every claim, delegation or decision
 * @param claimable whether the current user may take this unassigned group task
 * @param unclaimable whether the current user took it from a group and may give it back
 * @param delegable whether the current user may hand it to someone else
 * @param delegatedBy who handed it to its assignee, if someone did
 * @param overdue open and past its due date
 * @param delivery for a decision: PENDING until the process took it, APPLIED, or
 * NOT_NEEDED when the process had already moved on
 * @param deliveryNote why a decision was not needed
 */
public record TaskView(UUID id, @Nullable String changeKey, @Nullable String changeTitle, @Nullable String elementId,
		TaskKind kind, @Nullable String title, @Nullable String assignee, List<String> candidateGroups,
		List<String> candidateUsers, List<String> approverRoles, @Nullable Instant dueAt, @Nullable String priority,
		Instant createdAt, TaskState state, @Nullable String completedBy, @Nullable Instant completedAt,
		@Nullable String outcome, @Nullable String comment, boolean allowedToComplete,
		@Nullable String notAllowedReason, long version, boolean claimable, boolean unclaimable, boolean delegable,
		@Nullable String delegatedBy, boolean overdue, @Nullable String delivery, @Nullable String deliveryNote) {

	/** The task as the person with the given access sees it. */
	static TaskView of(HumanTask task, TaskAccess access) {
		return new TaskView(task.id(), task.businessKey(), task.businessTitle(), task.elementId(), task.kind(),
				task.title(), task.assignee(), task.candidateGroups(), task.candidateUsers(), task.approverRoles(),
				task.dueAt(), task.priority(), task.createdAt(), task.state(), task.completedBy(), task.completedAt(),
				task.outcome(), task.comment(), task.state() == TaskState.OPEN && access.refusal() == null,
				access.refusal(), task.version(), access.claimable(), access.unclaimable(), access.delegable(),
				task.delegatedBy(), task.isOverdue(Instant.now()),
				(task.delivery() != null) ? task.delivery().name() : null, task.deliveryNote());
	}

}
