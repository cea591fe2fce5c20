package io.changeflow.live;

import io.changeflow.change.ChangeState;
import io.changeflow.change.ChangeStepRecorded;
import io.changeflow.release.ReleaseState;
import io.changeflow.release.ReleaseStepRecorded;
import io.changeflow.task.TaskChanged;
import io.changeflow.task.TaskKind;
import io.changeflow.task.TaskState;
import java.util.HashSet;
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

	private static final Set<String> RELEASE_READERS = Set.of("RELEASE_ENGINEER", "CHANGE_MANAGER", "AUDITOR", "ADMIN");

	private final LiveEvents live;

	LiveRelay(LiveEvents live) {
		this.live = live;
	}

	@EventListener
	void on(TaskChanged task) {
		Set<String> roles = new HashSet<>(task.candidateGroups());
		roles.addAll(OVERSEERS);
		this.live.publish("task", TaskEvent.of(task), Audience.of(task.concernedUsers(), roles));
	}

	@EventListener
	void on(ChangeStepRecorded step) {
		this.live.publish("change",
				new ChangeEvent(step.key(), step.state(), step.currentStep(), step.currentStepName()),
				Audience.anyoneSignedIn());
	}

	/** Release pages refresh: for those who may read releases. */
	@EventListener
	void on(ReleaseStepRecorded step) {
		this.live.publish("release", new ReleaseEvent(step.key(), step.state(), step.currentStep()),
				Audience.of(Set.of(), RELEASE_READERS));
	}

	/** The {@code release} event as browsers receive it. */
	record ReleaseEvent(String key, ReleaseState state, String currentStep) {
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
