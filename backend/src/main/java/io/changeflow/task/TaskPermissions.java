package io.changeflow.task;

import io.changeflow.approval.SegregationOfDuties;
import io.changeflow.security.Role;
import io.changeflow.security.UserDirectory;
import io.changeflow.security.UserDirectory.DirectoryUser;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may complete, claim, give back and delegate a task, and to whom it may be handed:
 * the candidates of a group task, or for an assigned vote another member with the roles
 * and groups the vote counts for. Segregation of duties applies to the delegate as to
 * anyone.
 */
@Component
class TaskPermissions {

	private final SegregationOfDuties duties;

	private final UserDirectory users;

	private final HumanTaskRepository tasks;

	TaskPermissions(SegregationOfDuties duties, UserDirectory users, HumanTaskRepository tasks) {
		this.duties = duties;
		this.users = users;
		this.tasks = tasks;
	}

	TaskAccess access(HumanTask task, String user, List<String> roles) {
		boolean open = task.state() == TaskState.OPEN;
		boolean dutyAllows = dutyRefusal(task, user).isEmpty();
		boolean claimable = open && task.assignee() == null && task.isCandidate(user, roles) && dutyAllows;
		boolean unclaimable = open && user.equals(task.assignee()) && task.takenFromGroup();
		boolean delegable = open && handsOn(task)
				&& (task.isFor(user, roles) || roles.contains(Role.CHANGE_MANAGER.name()));
		return new TaskAccess(refusal(task, user, roles), claimable, unclaimable, delegable);
	}

	/** Why the person may not complete the task, or null when they may. */
	String refusal(HumanTask task, String user, List<String> roles) {
		if (task.state() != TaskState.OPEN && !task.acceptsLateVote()) {
			return task.alreadyDone();
		}
		if (!task.isFor(user, roles)) {
			return (task.takenFromGroup() && task.assignee() != null) ? "Already claimed by " + task.assignee()
					: "This task is for someone else";
		}
		return dutyRefusal(task, user).orElse(null);
	}

	/** Why the task may not go to the target, or empty when it may. */
	Optional<String> delegationRefusal(HumanTask task, String target) {
		Optional<DirectoryUser> found = this.users.find(target);
		if (found.isEmpty()) {
			return Optional.of("There is no user '%s'".formatted(target));
		}
		DirectoryUser delegate = found.get();
		if (target.equals(task.assignee())) {
			return Optional.of("%s already has this task".formatted(target));
		}
		List<String> roles = delegate.roles().stream().map(Role::name).toList();
		Optional<String> unfit = task.offeredToCandidates() ? notCandidate(task, delegate, roles)
				: notAVoter(task, delegate, roles);
		return unfit.or(() -> dutyRefusal(task, target)
			.map((why) -> "Segregation of duties rules out %s (%s)".formatted(target, why)));
	}

	/**
	 * Group tasks can always be handed on; of the tasks the process assigned, only votes
	 * (to another member who may cast them).
	 */
	private static boolean handsOn(HumanTask task) {
		return task.offeredToCandidates() || neededRole(task.kind()).isPresent();
	}

	private static Optional<String> notCandidate(HumanTask task, DirectoryUser delegate, List<String> roles) {
		if (task.isCandidate(delegate.username(), roles)) {
			return Optional.empty();
		}
		return Optional.of("%s is not among those this task is for (%s)".formatted(delegate.username(),
				String.join(", ", concat(task.candidateGroups(), task.candidateUsers()))));
	}

	private Optional<String> notAVoter(HumanTask task, DirectoryUser delegate, List<String> roles) {
		Optional<Role> needed = neededRole(task.kind());
		if (needed.isEmpty()) {
			return Optional
				.of("The process assigned this task to %s; it cannot be handed on".formatted(task.assignee()));
		}
		if (!roles.contains(needed.get().name())) {
			return Optional
				.of("%s does not hold the role %s this vote needs".formatted(delegate.username(), needed.get().name()));
		}
		for (String role : task.approverRoles()) {
			String group = role.startsWith("group:") ? role.substring("group:".length()) : null;
			if (group != null && !delegate.groups().contains(group)) {
				return Optional
					.of("%s is not in the group %s this vote counts for".formatted(delegate.username(), group));
			}
		}
		boolean votesAlready = this.tasks.findByBusinessKeyOrderByCreatedAt(task.businessKey())
			.stream()
			.filter((other) -> other.kind() == task.kind() && other.state() != TaskState.CANCELED)
			.anyMatch((other) -> delegate.username().equals(other.assignee())
					|| delegate.username().equals(other.completedBy()));
		return votesAlready ? Optional.of("%s already votes on %s".formatted(delegate.username(), task.businessKey()))
				: Optional.empty();
	}

	private Optional<String> dutyRefusal(HumanTask task, String user) {
		return this.duties.refusal(task.kind().duty(), user, task.businessKey(), task.requester(), task.implementer());
	}

	/** The role a person needs to cast a vote the process assigned. */
	private static Optional<Role> neededRole(TaskKind kind) {
		return switch (kind) {
			case CAB_VOTE -> Optional.of(Role.CAB_MEMBER);
			case ECAB_APPROVAL -> Optional.of(Role.ECAB_MEMBER);
			default -> Optional.empty();
		};
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}

}
