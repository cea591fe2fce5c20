package io.changeflow.task;

import org.springframework.lang.Nullable;

import io.changeflow.security.ApiAuthorizations;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inbox API: my tasks, my groups' tasks, complete one. Auditors and admins see all,
 * complete none (unless a task is theirs).
 */
@RestController
class HumanTaskController {

	/** The response header with the number of tasks matching, over all pages. */
	static final String TOTAL_COUNT = "X-Total-Count";

	private final HumanTaskService tasks;

	private final TaskAssignments assignments;

	HumanTaskController(HumanTaskService tasks, TaskAssignments assignments) {
		this.tasks = tasks;
		this.assignments = assignments;
	}

	@Bean
	static ApiAuthorizations taskApi() {
		return (rules) -> rules
			.requestMatchers(HttpMethod.GET, "/api/tasks", "/api/tasks/*", "/api/changes/*/approvals")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/tasks/*/complete", "/api/tasks/*/claim", "/api/tasks/*/unclaim",
					"/api/tasks/*/delegate")
			.hasAnyRole("REQUESTER", "CHANGE_MANAGER", "CAB_MEMBER", "ECAB_MEMBER", "RELEASE_ENGINEER");
	}

	/**
	 * A page of the inbox (or with {@code state} other than OPEN, of the history too) as
	 * a JSON array; {@code X-Total-Count} says how many tasks match in all.
	 */
	@GetMapping("/api/tasks")
	ResponseEntity<List<TaskView>> list(@RequestParam(name = "scope", defaultValue = "MINE") String scopeName,
			@RequestParam(defaultValue = "OPEN") String state, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String priority, @RequestParam(required = false) String due,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String limit,
			@RequestParam(required = false) String offset, Authentication user) {
		HumanTaskService.Scope scope = scope(scopeName);
		TaskFilter filter = TaskFilter.parse(kind, priority, due, sort);
		TaskPaging paging = TaskPaging.parse(limit, offset);
		if (scope == HumanTaskService.Scope.ALL && !roles(user).contains("AUDITOR") && !roles(user).contains("ADMIN")
				&& !roles(user).contains("CHANGE_MANAGER")) {
			scope = HumanTaskService.Scope.GROUPS;
		}
		TaskPage page = this.tasks.list(scope, user.getName(), roles(user), "OPEN".equalsIgnoreCase(state), filter,
				paging);
		return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(page.total())).body(page.tasks());
	}

	@GetMapping("/api/tasks/count")
	TaskCount count(Authentication user) {
		return this.tasks.count(user.getName(), roles(user));
	}

	@GetMapping("/api/tasks/{id}")
	TaskView get(@PathVariable UUID id, Authentication user) {
		return this.tasks.get(id, user.getName(), roles(user));
	}

	@PostMapping("/api/tasks/{id}/complete")
	TaskView complete(@PathVariable UUID id, @Valid @RequestBody TaskDecision decision, Authentication user) {
		try {
			return this.tasks.complete(id, user.getName(), roles(user), decision);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			TaskView now = this.tasks.get(id, user.getName(), roles(user));
			if (now.state() == TaskState.CANCELED && now.kind() == TaskKind.CAB_VOTE && now.completedBy() == null) {
				// The process closed the vote while this one was being recorded: it still
				// goes on the record, as a late vote.
				return this.tasks.complete(id, user.getName(), roles(user), decision);
			}
			// Say what happened meanwhile: someone completed it, the process moved on, or
			// someone claimed or delegated it (then the task is still open: reload it).
			String detail = switch (now.state()) {
				case COMPLETED -> "Already completed by " + now.completedBy();
				case CANCELED -> "The process no longer waits for this task (" + now.outcome() + ")";
				case OPEN -> "The task changed meanwhile; reload it and try again";
			};
			throw new io.changeflow.platform.ApiException(org.springframework.http.HttpStatus.CONFLICT,
					"Task no longer open", detail, null);
		}
	}

	/**
	 * Takes an unassigned group task; with {@code version}, only if the task is still as
	 * the person saw it.
	 */
	@PostMapping("/api/tasks/{id}/claim")
	TaskView claim(@PathVariable UUID id, @RequestParam(required = false) Long version, Authentication user) {
		try {
			return this.assignments.claim(id, user.getName(), roles(user), version);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw this.assignments.lostRace(id);
		}
	}

	@PostMapping("/api/tasks/{id}/unclaim")
	TaskView unclaim(@PathVariable UUID id, @RequestParam(required = false) Long version, Authentication user) {
		try {
			return this.assignments.unclaim(id, user.getName(), roles(user), version);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw this.assignments.lostRace(id);
		}
	}

	@PostMapping("/api/tasks/{id}/delegate")
	TaskView delegate(@PathVariable UUID id, @RequestParam(required = false) Long version, @RequestBody Delegation body,
			Authentication user) {
		try {
			return this.assignments.delegate(id, user.getName(), roles(user), body.to(), body.comment(), version);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw this.assignments.lostRace(id);
		}
	}

	/** Who voted what on a change, and who has yet to vote. */
	@GetMapping("/api/changes/{key}/approvals")
	List<ApprovalView> approvals(@PathVariable String key) {
		return this.tasks.ofChange(key)
			.stream()
			.filter((task) -> task.kind() == TaskKind.CAB_VOTE || task.kind() == TaskKind.ECAB_APPROVAL
					|| task.kind() == TaskKind.DECIDE_ESCALATED)
			.filter((task) -> task.state() != TaskState.CANCELED || task.completedBy() != null)
			.map(ApprovalView::of)
			.toList();
	}

	private static HumanTaskService.Scope scope(String name) {
		try {
			return HumanTaskService.Scope.valueOf(name.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw io.changeflow.platform.ApiException.invalid("scope", "must be one of todo, mine, groups, all");
		}
	}

	private static List<String> roles(Authentication user) {
		return user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring(5))
			.toList();
	}

	/**
	 * Whom to hand a task to.
	 *
	 * @param to the username
	 * @param comment a word for them, optional
	 */
	record Delegation(String to, @Nullable String comment) {
	}

	/**
	 * One approver's part in a decision.
	 * @param approver who (assignee, or who completed a group task)
	 * @param kind CAB vote, ECAB approval or escalated decision
	 * @param roles the roles the vote counts for
	 * @param decision approve / reject / abstain, or null while open
	 * @param comment the comment
	 * @param at when
	 * @param state open, completed or canceled
	 */
	/**
	 * One vote. {@code delivery} says whether the process took it: NOT_NEEDED when the
	 * CAB had already decided before it arrived (the vote stays on record).
	 */
	record ApprovalView(@Nullable String approver, TaskKind kind, List<String> roles, @Nullable String decision,
			@Nullable String comment, @Nullable java.time.Instant at, TaskState state, @Nullable String delivery,
			@Nullable String deliveryNote) {

		static ApprovalView of(TaskView task) {
			String approver = (task.completedBy() != null) ? task.completedBy() : task.assignee();
			return new ApprovalView(approver, task.kind(), task.approverRoles(),
					(task.state() == TaskState.COMPLETED) ? task.outcome() : null, task.comment(), task.completedAt(),
					task.state(), task.delivery(), task.deliveryNote());
		}

	}

}
