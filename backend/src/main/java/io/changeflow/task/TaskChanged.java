package io.changeflow.task;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A task opened, changed hands or ended (published inside the transaction that did it;
 * listeners that talk to the outside world wait for the commit).
 *
 * @param id the task
 * @param changeKey the change (or release) it belongs to
 * @param kind its kind
 * @param state open, completed or canceled
 * @param action what happened: opened, claimed, unclaimed, delegated, completed, canceled
 * @param assignee who has it now, if anyone
 * @param completedBy who completed it, if anyone
 * @param delegatedBy who handed it to its assignee, if anyone
 * @param version the row version after the change
 * @param concernedUsers the people it is (or was, a moment ago) for
 * @param candidateGroups the roles it is offered to
 */
public record TaskChanged(UUID id, String changeKey, TaskKind kind, TaskState state, String action, String assignee,
		String completedBy, String delegatedBy, long version, Set<String> concernedUsers,
		List<String> candidateGroups) {

	static TaskChanged of(HumanTask task, String action, String previousAssignee) {
		Set<String> concerned = new LinkedHashSet<>();
		Stream
			.concat(Stream.of(task.assignee(), previousAssignee, task.delegatedBy(), task.completedBy()),
					task.candidateUsers().stream())
			.filter((user) -> user != null)
			.forEach(concerned::add);
		return new TaskChanged(task.id(), task.businessKey(), task.kind(), task.state(), action, task.assignee(),
				task.completedBy(), task.delegatedBy(), task.version(), Set.copyOf(concerned),
				List.copyOf(task.candidateGroups()));
	}

}
