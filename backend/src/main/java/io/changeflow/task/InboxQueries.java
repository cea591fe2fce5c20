package io.changeflow.task;

import io.changeflow.approval.Duty;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The inbox's reads in SQL: who sees a task, the filters, the order and the page are all
 * decided by PostgreSQL, so a page costs the same at ten open tasks as at ten thousand
 * (two statements: the page and its total). The indexes are in
 * {@code V41__inbox_indexes.sql}; the candidate tests use array operators ({@code @>},
 * {@code &&}) because those, unlike {@code = any(..)}, can use their GIN indexes.
 */
@Component
class InboxQueries {

	private static final String CANDIDATE = "(t.candidate_users @> array[cast(:user as text)]"
			+ " or t.candidate_groups && cast(:roles as text[]))";

	/**
	 * Segregation of duties ({@code SegregationOfDuties}) restated over the row's
	 * requester and implementer: the inbox and its badge hold only tasks the person may
	 * complete.
	 */
	private static final String MAY_COMPLETE = "not (t.kind in (%s) and t.requester is not distinct from cast(:user as text))"
		.formatted(kinds(Duty.REVIEW, Duty.APPROVE))
			+ " and not (t.kind in (%s) and t.implementer is not distinct from cast(:user as text))"
				.formatted(kinds(Duty.APPROVE));

	private final EntityManager entityManager;

	InboxQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** One page of the tasks a person sees in a scope, and how many there are in all. */
	Page page(HumanTaskService.Scope scope, String user, List<String> roles, boolean openOnly, TaskFilter filter,
			TaskPaging paging, Instant now) {
		Map<String, Object> parameters = new HashMap<>();
		List<String> conditions = new ArrayList<>();
		if (openOnly) {
			conditions.add("t.state = 'OPEN'");
		}
		switch (scope) {
			case MINE -> conditions.add("t.assignee = :user");
			case GROUPS -> conditions.add("t.assignee is null and " + CANDIDATE);
			case TODO -> conditions.add("(t.assignee = :user or (t.assignee is null and " + CANDIDATE + "))");
			case ALL -> {
			}
		}
		if (scope != HumanTaskService.Scope.ALL) {
			conditions.add(MAY_COMPLETE);
			parameters.put("user", user);
		}
		if (scope == HumanTaskService.Scope.GROUPS || scope == HumanTaskService.Scope.TODO) {
			parameters.put("roles", roles.toArray(String[]::new));
		}
		if (filter.kind() != null) {
			conditions.add("t.kind = :kind");
			parameters.put("kind", filter.kind().name());
		}
		if (filter.priority() != null) {
			conditions.add("t.priority = :priority");
			parameters.put("priority", filter.priority());
		}
		if (filter.due() != null) {
			conditions.add("t.due_at < :horizon");
			parameters.put("horizon", filter.due().horizon(now));
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		var rows = this.entityManager
			.createNativeQuery("select t.* from human_task t" + where + " order by " + orderBy(filter.sort())
					+ " limit :limit offset :offset", HumanTask.class)
			.setParameter("limit", paging.limit())
			.setParameter("offset", paging.offset());
		var total = this.entityManager.createNativeQuery("select count(*) from human_task t" + where, Long.class);
		parameters.forEach((name, value) -> {
			rows.setParameter(name, value);
			total.setParameter(name, value);
		});
		@SuppressWarnings("unchecked")
		List<HumanTask> tasks = rows.getResultList();
		return new Page(tasks, (Long) total.getSingleResult());
	}

	/** The badge: mine, my groups' and, of those, overdue, in one pass over an index. */
	TaskCount count(String user, List<String> roles, Instant now) {
		Object[] counts = (Object[]) this.entityManager
			.createNativeQuery("""
					select count(*) filter (where t.assignee = :user),
					       count(*) filter (where t.assignee is null),
					       count(*) filter (where t.due_at < :now)
					from human_task t
					where t.state = 'OPEN' and (t.assignee = :user or (t.assignee is null and %s)) and %s"""
				.formatted(CANDIDATE, MAY_COMPLETE))
			.setParameter("user", user)
			.setParameter("roles", roles.toArray(String[]::new))
			.setParameter("now", now)
			.getSingleResult();
		return new TaskCount(((Number) counts[0]).intValue(), ((Number) counts[1]).intValue(),
				((Number) counts[2]).intValue());
	}

	/**
	 * Each order falls back to the others and ends with the id, so pages never overlap or
	 * skip a task that ties.
	 */
	private static String orderBy(TaskFilter.Sort sort) {
		return switch (sort) {
			case DUE -> "t.due_at nulls last, t.priority nulls last, t.created_at, t.id";
			case PRIORITY -> "t.priority nulls last, t.due_at nulls last, t.created_at, t.id";
			case AGE -> "t.created_at, t.id";
		};
	}

	private static String kinds(Duty... duties) {
		return Arrays.stream(TaskKind.values())
			.filter((kind) -> Arrays.asList(duties).contains(kind.duty()))
			.map((kind) -> "'" + kind.name() + "'")
			.collect(Collectors.joining(", "));
	}

	/**
	 * A page of tasks.
	 *
	 * @param tasks the tasks of the page, in order
	 * @param total how many tasks match in all
	 */
	record Page(List<HumanTask> tasks, long total) {
	}

}
