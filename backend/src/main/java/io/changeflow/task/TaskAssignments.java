package io.changeflow.task;

import io.changeflow.platform.ApiException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has a task: claim it from a group, give it back, hand it to someone else. The row
 * version decides races: of two people claiming the same task, one wins and the other is
 * told who took it.
 */
@Service
class TaskAssignments {

	private final HumanTaskRepository tasks;

	private final TaskPermissions permissions;

	private final TaskNotices notices;

	private final ApplicationEventPublisher events;

	TaskAssignments(HumanTaskRepository tasks, TaskPermissions permissions, TaskNotices notices,
			ApplicationEventPublisher events) {
		this.tasks = tasks;
		this.permissions = permissions;
		this.notices = notices;
		this.events = events;
	}

	/**
	 * Takes an unassigned group task.
	 * @param expectedVersion the version the person saw, or null to take it as it is
	 */
	@Transactional
	public TaskView claim(UUID id, String user, List<String> roles, Long expectedVersion) {
		HumanTask task = current(id, expectedVersion);
		if (task.state() == TaskState.OPEN && user.equals(task.assignee())) {
			return TaskView.of(task, this.permissions.access(task, user, roles));
		}
		if (task.state() == TaskState.OPEN && task.assignee() == null && !task.isCandidate(user, roles)) {
			throw new ApiException(HttpStatus.FORBIDDEN, "Not allowed", "This task is for someone else", null);
		}
		task.claim(user);
		String refusal = this.permissions.refusal(task, user, roles);
		if (refusal != null) {
			throw new ApiException(HttpStatus.FORBIDDEN, "Not allowed", refusal, null);
		}
		return saved(task, "claimed", null, user, roles);
	}

	/** Gives a task taken from a group back to it. */
	@Transactional
	public TaskView unclaim(UUID id, String user, List<String> roles, Long expectedVersion) {
		HumanTask task = current(id, expectedVersion);
		task.unclaim(user);
		return saved(task, "unclaimed", user, user, roles);
	}

	/**
	 * Hands a task to someone who may take it.
	 * @throws ApiException 400 naming {@code to} when the target may not take it, 403
	 * when the person may not hand it on
	 */
	@Transactional
	public TaskView delegate(UUID id, String user, List<String> roles, String to, String comment,
			Long expectedVersion) {
		HumanTask task = current(id, expectedVersion);
		if (task.state() != TaskState.OPEN) {
			throw new ApiException(HttpStatus.CONFLICT, "Task no longer open", task.alreadyDone(), null);
		}
		if (!this.permissions.access(task, user, roles).delegable()) {
			throw new ApiException(HttpStatus.FORBIDDEN, "Not allowed", "You may not hand this task on", null);
		}
		if (to == null || to.isBlank()) {
			throw ApiException.invalid("to", "Name the person to hand the task to");
		}
		String target = to.strip();
		this.permissions.delegationRefusal(task, target).ifPresent((why) -> {
			throw ApiException.invalid("to", why);
		});
		String previous = task.assignee();
		task.delegate(target, user);
		TaskView view = saved(task, "delegated", previous, user, roles);
		this.notices.taskDelegated(task, user, comment);
		return view;
	}

	/** The 409 for someone who lost a race on a task. */
	@Transactional(readOnly = true)
	public ApiException lostRace(UUID id) {
		return new ApiException(HttpStatus.CONFLICT, "Task changed", find(id).takenBy(), null);
	}

	private HumanTask current(UUID id, Long expectedVersion) {
		HumanTask task = find(id);
		if (expectedVersion != null && expectedVersion != task.version()) {
			throw new ApiException(HttpStatus.CONFLICT, "Task changed", task.takenBy(), null);
		}
		return task;
	}

	private TaskView saved(HumanTask task, String action, String previousAssignee, String user, List<String> roles) {
		this.tasks.saveAndFlush(task);
		this.events.publishEvent(TaskChanged.of(task, action, previousAssignee));
		Map<String, Object> assignment = new java.util.LinkedHashMap<>();
		assignment.put("assignee", task.assignee());
		this.events
			.publishEvent(TaskAudit.event(task, "Task" + Character.toUpperCase(action.charAt(0)) + action.substring(1))
				.by(user)
				.before((previousAssignee != null) ? Map.of("assignee", previousAssignee) : Map.of())
				.after(assignment));
		return TaskView.of(task, this.permissions.access(task, user, roles));
	}

	private HumanTask find(UUID id) {
		return this.tasks.findById(id).orElseThrow(() -> ApiException.notFound("task", id.toString()));
	}

}
