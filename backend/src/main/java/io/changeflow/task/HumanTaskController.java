package io.changeflow.task;

import io.changeflow.security.ApiAuthorizations;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
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

	private final HumanTaskService tasks;

	HumanTaskController(HumanTaskService tasks) {
		this.tasks = tasks;
	}

	@Bean
	static ApiAuthorizations taskApi() {
		return (rules) -> rules
			.requestMatchers(HttpMethod.GET, "/api/tasks", "/api/tasks/*", "/api/changes/*/approvals")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/tasks/*/complete")
			.hasAnyRole("REQUESTER", "CHANGE_MANAGER", "CAB_MEMBER", "ECAB_MEMBER", "RELEASE_ENGINEER");
	}

	@GetMapping("/api/tasks")
	List<TaskView> list(@RequestParam(name = "scope", defaultValue = "MINE") String scopeName,
			@RequestParam(defaultValue = "OPEN") String state, Authentication user) {
		HumanTaskService.Scope scope = scope(scopeName);
		if (scope == HumanTaskService.Scope.ALL && !roles(user).contains("AUDITOR") && !roles(user).contains("ADMIN")
				&& !roles(user).contains("CHANGE_MANAGER")) {
			scope = HumanTaskService.Scope.GROUPS;
		}
		return this.tasks.list(scope, user.getName(), roles(user), "OPEN".equalsIgnoreCase(state));
	}

	@GetMapping("/api/tasks/count")
	Map<String, Integer> count(Authentication user) {
		return Map.of("mine", this.tasks.list(HumanTaskService.Scope.MINE, user.getName(), roles(user), true).size(),
				"groups", this.tasks.list(HumanTaskService.Scope.GROUPS, user.getName(), roles(user), true).size());
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
			throw new io.changeflow.platform.ApiException(
					org.springframework.http.HttpStatus.CONFLICT, "Task no longer open", (now.completedBy() != null)
							? "Already completed by " + now.completedBy() : "Someone else completed this task first",
					null);
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
			throw io.changeflow.platform.ApiException.invalid("scope", "must be one of mine, groups, all");
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
	 * One approver's part in a decision.
	 *
	 * @param approver who (assignee, or who completed a group task)
	 * @param kind CAB vote, ECAB approval or escalated decision
	 * @param roles the roles the vote counts for
	 * @param decision approve / reject / abstain, or null while open
	 * @param comment the comment
	 * @param at when
	 * @param state open, completed or canceled
	 */
	record ApprovalView(String approver, TaskKind kind, List<String> roles, String decision, String comment,
			java.time.Instant at, TaskState state) {

		static ApprovalView of(TaskView task) {
			String approver = (task.completedBy() != null) ? task.completedBy() : task.assignee();
			return new ApprovalView(approver, task.kind(), task.approverRoles(),
					(task.state() == TaskState.COMPLETED) ? task.outcome() : null, task.comment(), task.completedAt(),
					task.state());
		}

	}

}
