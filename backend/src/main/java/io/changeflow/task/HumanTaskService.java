package io.changeflow.task;

import io.changeflow.engine.EngineEpoch;
import io.changeflow.platform.ApiException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox: opens rows for user tasks, lists them per person, records what people decide
 * (the engine hears of it after the commit) and cancels the tasks the process no longer
 * waits for.
 */
@Service
public class HumanTaskService {

	private static final Logger log = LoggerFactory.getLogger(HumanTaskService.class);

	private final HumanTaskRepository tasks;

	private final EngineEpoch epoch;

	private final TaskPermissions permissions;

	private final ApplicationEventPublisher events;

	private final TaskNotices notices;

	private final InboxQueries inbox;

	private final ObjectProvider<TaskCompletionGuard> guards;

	HumanTaskService(HumanTaskRepository tasks, EngineEpoch epoch, TaskPermissions permissions,
			ApplicationEventPublisher events, TaskNotices notices, InboxQueries inbox,
			ObjectProvider<TaskCompletionGuard> guards) {
		this.tasks = tasks;
		// Looked up per decision: the guards' features depend on this one.
		this.guards = guards;
		this.inbox = inbox;
		this.epoch = epoch;
		this.permissions = permissions;
		this.events = events;
		this.notices = notices;
	}

	/**
	 * Records a task the engine opened. A job delivered again (same engine epoch and job
	 * key) is the same task and is ignored.
	 */
	@Transactional
	void open(OpenedTask opened) {
		if (this.tasks.existsByEngineEpochAndJobKey(this.epoch.id(), opened.jobKey())) {
			log.debug("Job {} of {} delivered again; its task is already open", opened.jobKey(), opened.businessKey());
			return;
		}
		HumanTask task = this.tasks.saveAndFlush(new HumanTask(opened, this.epoch.id()));
		this.events.publishEvent(new HumanTaskOpened(task.id(), opened.businessKey(), opened.businessTitle(),
				task.kind(), opened.title(), opened.assignee(), opened.candidateGroups(), opened.candidateUsers(),
				opened.requester(), opened.implementer(), opened.dueAt(), opened.priority()));
		this.notices.taskOpened(task, opened);
		this.events.publishEvent(TaskChanged.of(task, "opened", null));
	}

	/**
	 * A page of the tasks a person sees in a scope, filtered and sorted by the database.
	 * @param openOnly only open tasks (the inbox); otherwise the history too
	 */
	@Transactional(readOnly = true)
	public TaskPage list(Scope scope, String user, List<String> roles, boolean openOnly, TaskFilter filter,
			TaskPaging paging) {
		InboxQueries.Page page = this.inbox.page(scope, user, roles, openOnly, filter, paging, Instant.now());
		// What a person may do with a task follows from the row alone: no query per task.
		List<TaskView> views = page.tasks()
			.stream()
			.map((task) -> TaskView.of(task, this.permissions.access(task, user, roles)))
			.toList();
		return new TaskPage(views, page.total());
	}

	/** The inbox badge, counted by the database. */
	@Transactional(readOnly = true)
	public TaskCount count(String user, List<String> roles) {
		return this.inbox.count(user, roles, Instant.now());
	}

	@Transactional(readOnly = true)
	public TaskView get(UUID id, String user, List<String> roles) {
		HumanTask task = find(id);
		return TaskView.of(task, this.permissions.access(task, user, roles));
	}

	/** Every task of a change, oldest first (votes, reviews, answers). */
	@Transactional(readOnly = true)
	public List<TaskView> ofChange(String changeKey) {
		return this.tasks.findByBusinessKeyOrderByCreatedAt(changeKey)
			.stream()
			.map((task) -> TaskView.of(task, TaskAccess.NONE))
			.toList();
	}

	/**
	 * Completes a task for a person: they must be its assignee or candidate, segregation
	 * of duties must allow it, the decision must be valid for its kind. Only the database
	 * changes here: the engine hears of the decision after the commit
	 * ({@link JobCompletions}), so a 200 means "recorded and will be applied", and a
	 * rollback can never leave the engine ahead of the record. Of two people completing
	 * the same task, one wins (the row's version) and the other gets 409 naming who took
	 * it.
	 */
	@Transactional
	public TaskView complete(UUID id, String user, List<String> roles, TaskDecision decision) {
		HumanTask task = find(id);
		if (task.state() != TaskState.OPEN && !task.acceptsLateVote()) {
			throw new ApiException(HttpStatus.CONFLICT, "Task no longer open", task.alreadyDone(), null);
		}
		String refusal = this.permissions.refusal(task, user, roles);
		if (refusal != null) {
			throw new ApiException(HttpStatus.FORBIDDEN, "Not allowed", refusal, null);
		}
		Map<String, Object> variables = decision.variablesFor(task.kind());
		boolean late = task.state() != TaskState.OPEN;
		if (!late) {
			this.guards.orderedStream().forEach((guard) -> guard.check(task.kind(), task.businessKey(), user));
		}
		if (!late) {
			task.complete(user, decision.summary(task.kind()), decision.comment());
		}
		else {
			// On the record and the timeline like any vote; the engine will answer that
			// it
			// no longer has the job, which changes nothing.
			task.completeLate(user, decision.summary(task.kind()), decision.comment());
		}
		completed(task, user, decision.summary(task.kind()), decision.comment(), variables);
		Map<String, Object> outcome = new java.util.LinkedHashMap<>();
		outcome.put("outcome", decision.summary(task.kind()));
		outcome.put("comment", decision.comment());
		outcome.put("decision", variables);
		outcome.put("late", late ? true : null);
		this.events.publishEvent(TaskAudit.event(task, TaskAudit.completion(task.kind())).by(user).after(outcome));
		return TaskView.of(task, TaskAccess.NONE);
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
			completed(task, user, "answered", null, variables);
		});
		return open.isPresent();
	}

	private void completed(HumanTask task, String user, String outcome, String comment, Map<String, Object> variables) {
		// Flushed now: of two completions, the loser fails here, before anything else.
		this.tasks.saveAndFlush(task);
		this.events.publishEvent(new HumanTaskCompleted(task.id(), task.engineEpoch(), task.jobKey(),
				task.businessKey(), task.kind(), task.elementId(), task.title(), user, outcome, comment, variables));
		this.events.publishEvent(TaskChanged.of(task, "completed", null));
	}

	/**
	 * The changes and releases someone has an open task for.
	 * @return their keys
	 */
	@Transactional(readOnly = true)
	public java.util.Set<String> withOpenTasks() {
		return this.tasks.businessKeysWithState(TaskState.OPEN);
	}

	/**
	 * The engine took a decision.
	 * @param id the task
	 */
	@Transactional
	public void applied(UUID id) {
		this.tasks.findById(id).ifPresent(HumanTask::applied);
	}

	/**
	 * The engine no longer had the task's job: the decision stays on record, marked as
	 * not needed.
	 * @param id the task
	 * @param why what the process did instead
	 */
	@Transactional
	public void notNeeded(UUID id, String why) {
		this.tasks.findById(id).ifPresent((task) -> {
			log.info("Decision on task {} of {} was not needed: {}", id, task.businessKey(), why);
			task.notNeeded(why);
		});
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

	private HumanTask find(UUID id) {
		return this.tasks.findById(id).orElseThrow(() -> ApiException.notFound("task", id.toString()));
	}

	/** Whose tasks to list. */
	public enum Scope {

		/** Assigned to me. */
		MINE,
		/** Unassigned, for one of my roles or for me as a candidate. */
		GROUPS,
		/** Mine and my groups' together: everything I could pick up and do now. */
		TODO,
		/** Everything (auditors, admins). */
		ALL

	}

}
