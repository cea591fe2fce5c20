package io.changeflow.task;

import io.changeflow.audit.DomainEvent;
import java.util.Map;

/**
 * A task's domain events: about the change or release it belongs to, tied to the task.
 */
final class TaskAudit {

	private TaskAudit() {
	}

	static DomainEvent event(HumanTask task, String action) {
		String subjectType = task.businessKey().startsWith("REL-") ? "RELEASE" : "CHANGE";
		return DomainEvent.of(action, subjectType, task.businessKey())
			.correlatedBy(Map.of("task", task.id().toString(), "kind", task.kind().name(), "element", task.elementId(),
					"step", task.title()));
	}

	/** The name of a completion: a vote for CAB and ECAB tasks, else a completed task. */
	static String completion(TaskKind kind) {
		return switch (kind) {
			case CAB_VOTE, ECAB_APPROVAL -> "VoteCast";
			default -> "TaskCompleted";
		};
	}

}
