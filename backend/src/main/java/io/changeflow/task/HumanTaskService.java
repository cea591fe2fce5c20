package io.changeflow.task;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.changeflow.platform.ApiException;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox: opens rows for user tasks, lists them per person, completes them (the engine
 * job first, so a failed engine call leaves the task open) and cancels those the process
 * no longer waits for.
 */
@Service
public class HumanTaskService {

	private static final Logger log = LoggerFactory.getLogger(HumanTaskService.class);

	private final HumanTaskRepository tasks;

	private final CamundaClient engine;

	private final TaskPermissions permissions;

	private final ApplicationEventPublisher events;

	private final TaskNotices notices;

	HumanTaskService(HumanTaskRepository tasks, CamundaClient engine, TaskPermissions permissions,
			ApplicationEventPublisher events, TaskNotices notices) {
		this.tasks = tasks;
		this.engine = engine;
		this.permissions = permissions;
		this.events = events;
		this.notices = notices;
	}

	/** Records a task the engine opened; a redelivered job is ignored. */
	@Transactional
	void open(OpenedTask opened) {
		if (this.tasks.existsByElementInstanceKeyAndJobKey(opened.elementInstanceKey(), opened.jobKey())) {
			return;
		}
		HumanTask task = this.tasks.saveAndFlush(new HumanTask(opened));
		this.events.publishEvent(new HumanTaskOpened(task.id(), opened.businessKey(), opened.businessTitle(),
				task.kind(), opened.title(), opened.assignee(), opened.candidateGroups(), opened.candidateUsers(),
				opened.requester(), opened.implementer(), opened.dueAt(), opened.priority()));
		this.notices.taskOpened(task, opened);
		this.events.publishEvent(TaskChanged.of(task, "opened", null));
	}

	/**
	 * The tasks a person sees in a scope, filtered and sorted.
	 * @param openOnly only open tasks (the inbox); otherwise the history too
	 */
	@Transactional(readOnly = true)
	public List<TaskView> list(Scope scope, String user, List<String> roles, boolean openOnly, TaskFilter filter) {
		// Open tasks are a small set with an index; all tasks (history) only when asked
		// for.
		List<HumanTask> candidates = openOnly ? this.tasks.findByStateOrderByCreatedAt(TaskState.OPEN)
				: this.tasks.findAll();
		Instant now = Instant.now();
		return candidates.stream().filter((task) -> switch (scope) {
			case MINE -> user.equals(task.assignee());
			case GROUPS -> task.assignee() == null && task.isFor(user, roles);
			case ALL -> true;
		})
			.map((task) -> task.view(this.permissions.access(task, user, roles)))
			.filter((task) -> filter.matches(task, now))
			.sorted(filter.order())
			.toList();
	}

	@Transactional(readOnly = true)
	public List<TaskView> list(Scope scope, String user, List<String> roles, boolean openOnly) {
		return list(scope, user, roles, openOnly, TaskFilter.NONE);
	}

	/** The inbox badge: one pass over the open tasks. */
	@Transactional(readOnly = true)
	public TaskCount count(String user, List<String> roles) {
		int mine = 0;
		int groups = 0;
		int overdue = 0;
		Instant now = Instant.now();
		for (HumanTask task : this.tasks.findByStateOrderByCreatedAt(TaskState.OPEN)) {
			boolean isMine = user.equals(task.assignee());
			boolean isGroups = task.assignee() == null && task.isFor(user, roles);
			mine += isMine ? 1 : 0;
			groups += isGroups ? 1 : 0;
			overdue += ((isMine || isGroups) && task.isOverdue(now)) ? 1 : 0;
		}
		return new TaskCount(mine, groups, overdue);
	}

	@Transactional(readOnly = true)
	public TaskView get(UUID id, String user, List<String> roles) {
		HumanTask task = find(id);
		return task.view(this.permissions.access(task, user, roles));
	}

	/** Every task of a change, oldest first (votes, reviews, answers). */
	@Transactional(readOnly = true)
	public List<TaskView> ofChange(String changeKey) {
		return this.tasks.findByBusinessKeyOrderByCreatedAt(changeKey)
			.stream()
			.map((task) -> task.view(TaskAccess.NONE))
			.toList();
	}

	/**
	 * Completes a task for a person: they must be its assignee or candidate, segregation
	 * of duties must allow it, the decision must be valid for its kind. The engine job is
	 * completed inside the transaction, so a failing engine call leaves the task open; of
	 * two people completing the same task, one wins and the other gets 409 naming who
	 * took it.
	 */
	@Transactional
	public TaskView complete(UUID id, String user, List<String> roles, TaskDecision decision) {
		HumanTask task = find(id);
		if (task.state() != TaskState.OPEN) {
			throw new ApiException(HttpStatus.CONFLICT, "Task no longer open", task.alreadyDone(), null);
		}
		String refusal = this.permissions.refusal(task, user, roles);
		if (refusal != null) {
			throw new ApiException(HttpStatus.FORBIDDEN, "Not allowed", refusal, null);
		}
		Map<String, Object> variables = decision.variablesFor(task.kind());
		task.complete(user, decision.summary(task.kind()), decision.comment());
		this.tasks.saveAndFlush(task);
		completeJob(task, variables);
		this.events.publishEvent(new HumanTaskCompleted(task.businessKey(), task.kind(), task.elementId(),
				task.view(TaskAccess.NONE).title(), user, decision.summary(task.kind()), decision.comment(),
				variables));
		this.events.publishEvent(TaskChanged.of(task, "completed", null));
		return task.view(TaskAccess.NONE);
	}

	/**
	 * Completes the open task of a kind on behalf of the process owner, e.g. "provide
	 * information" when the requester resubmits the edited RFC.
	 * @return whether there was such a task
	 */
	@Transactional
	public boolean completeOpen(String businessKey, TaskKind kind, String user, Map<String, Object> variables) {
		var open = this.tasks.findFirstByBusinessKeyAndKindAndState(businessKey, kind, TaskState.OPEN);
		open.ifPresent((task) -> {
			task.complete(user, "answered", null);
			this.tasks.saveAndFlush(task);
			completeJob(task, variables);
			this.events.publishEvent(TaskChanged.of(task, "completed", null));
		});
		return open.isPresent();
	}

	/**
	 * The process moved on: open tasks of the business key in other elements are void.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void cancelOpenOutside(String businessKey, String elementId) {
		List<HumanTask> canceled = this.tasks.findByBusinessKeyAndState(businessKey, TaskState.OPEN)
			.stream()
			.filter((task) -> !task.elementId().equals(elementId))
			.toList();
		canceled.forEach((task) -> task.cancel("process moved on to " + elementId));
		// The events carry the version the commit writes.
		this.tasks.flush();
		canceled.forEach((task) -> this.events.publishEvent(TaskChanged.of(task, "canceled", null)));
	}

	private void completeJob(HumanTask task, Map<String, Object> variables) {
		try {
			this.engine.newCompleteCommand(task.jobKey())
				.variables(variables)
				.send()
				.join(Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
		}
		catch (ClientStatusException ex) {
			if (ex.getStatus().getCode() == Status.Code.NOT_FOUND) {
				throw new ApiException(HttpStatus.CONFLICT, "Task no longer open",
						"The process no longer waits for this task", null);
			}
			log.warn("Engine refused to complete task {} (job {})", task.id(), task.jobKey(), ex);
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Engine unavailable",
					"The process engine did not accept the decision; nothing was recorded. Try again.", null);
		}
	}

	private HumanTask find(UUID id) {
		return this.tasks.findById(id).orElseThrow(() -> ApiException.notFound("task", id.toString()));
	}

	/** Whose tasks to list. */
	public enum Scope {

		/** Assigned to me. */
		MINE,
		/** Unassigned, for one of my roles or for me as a candidate. */
		GROUPS,
		/** Everything (auditors, admins). */
		ALL

	}

}
