package io.changeflow.live;

import io.changeflow.change.ChangeState;
import io.changeflow.change.ChangeStepRecorded;
import io.changeflow.task.TaskChanged;
import io.changeflow.task.TaskKind;
import io.changeflow.task.TaskState;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns what the features report into live events: a task goes to the people it is for
 * and to those who oversee all tasks; a change step goes to everyone (every signed-in
 * person may read changes).
 */
@Component
class LiveRelay {

	/** Roles that see every task in the inbox ({@code scope=all}). */
	private static final Set<String> OVERSEERS = Set.of("AUDITOR", "ADMIN", "CHANGE_MANAGER");

	private final LiveEvents live;

	LiveRelay(LiveEvents live) {
		this.live = live;
	}

	@EventListener
	void on(TaskChanged task) {
		this.live.publish("task", TaskEvent.of(task), (viewer) -> task.concernedUsers().contains(viewer.username())
				|| viewer.hasAnyRole(task.candidateGroups()) || viewer.hasAnyRole(OVERSEERS));
	}

	@EventListener
	void on(ChangeStepRecorded step) {
		this.live.publish("change",
				new ChangeEvent(step.key(), step.state(), step.currentStep(), step.currentStepName()),
				(viewer) -> true);
	}

	/** The {@code task} event as browsers receive it. */
	record TaskEvent(UUID id, String changeKey, TaskKind kind, TaskState state, String action, String assignee,
			String completedBy, String delegatedBy, long version) {

		static TaskEvent of(TaskChanged task) {
			return new TaskEvent(task.id(), task.changeKey(), task.kind(), task.state(), task.action(), task.assignee(),
					task.completedBy(), task.delegatedBy(), task.version());
		}

	}

	/** The {@code change} event as browsers receive it. */
	record ChangeEvent(String key, ChangeState state, String currentStep, String currentStepName) {
	}

}
