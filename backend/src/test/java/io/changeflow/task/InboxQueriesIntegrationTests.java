package io.changeflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.IntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The inbox's scopes, filters, orders and pages, now answered by SQL, against the rules
 * the inbox had when it filtered in Java (restated below as {@link Row}), on a mixed set
 * of tasks: assigned, for groups, for candidate users, overdue, undated, every priority,
 * open and closed, some created at the same instant, some requested or implemented by the
 * person (segregation of duties keeps those out of their inbox).
 */
class InboxQueriesIntegrationTests extends IntegrationTest {

	private static final List<String> SORTS = List.of("due", "priority", "age");

	private static final List<String> FILTERS = List.of("", "&kind=cab_vote", "&priority=P2", "&due=overdue",
			"&due=today", "&due=week", "&kind=review_rfc&due=week");

	@Autowired
	private HumanTaskService service;

	@Autowired
	private EntityManagerFactory entityManagers;

	private List<Row> rows;

	@BeforeEach
	void mixedTasks() {
		Random random = new Random(42);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		List<Duration> dues = List.of(Duration.ofDays(-2), Duration.ofHours(-3), Duration.ofHours(1),
				Duration.ofHours(5), Duration.ofDays(3), Duration.ofDays(10));
		List<String> assignees = Arrays.asList(null, null, null, "manager", "cab1", "cab2");
		List<String> priorities = Arrays.asList(null, "P1", "P2", "P3", "P4", "P5");
		List<String> kinds = List.of("REVIEW_RFC", "CAB_VOTE", "PIR");
		List<String> people = Arrays.asList(null, null, "manager", "cab1", "requester");
		List<String> states = List.of("OPEN", "OPEN", "OPEN", "OPEN", "OPEN", "OPEN", "OPEN", "COMPLETED", "CANCELED");
		this.rows = IntStream.range(0, 90).mapToObj((i) -> {
			Duration due = (random.nextInt(4) == 0) ? null : dues.get(random.nextInt(dues.size()));
			// Pairs created at the same instant: only the id tells them apart.
			return new Row(UUID.randomUUID().toString(), assignees.get(random.nextInt(assignees.size())),
					subset(random, "CHANGE_MANAGER", "CAB_MEMBER", "ECAB_MEMBER"), subset(random, "manager", "cab1"),
					kinds.get(random.nextInt(kinds.size())), priorities.get(random.nextInt(priorities.size())),
					(due != null) ? now.plus(due).plusSeconds(i) : null, now.minus(Duration.ofMinutes(i / 2)),
					states.get(random.nextInt(states.size())), people.get(random.nextInt(people.size())),
					people.get(random.nextInt(people.size())));
		}).toList();
		this.rows.forEach((row) -> this.jdbc.update("""
				insert into human_task (id, job_key, engine_epoch, process_instance_key, element_id,
				    element_instance_key, business_key, kind, title, assignee, candidate_groups, candidate_users,
				    due_at, priority, state, created_at, requester, implementer)
				values (?::uuid, ?, 'test', 1, 'task', 1, 'CHG-900000', ?, 'A task', ?, ?::text[], ?::text[],
				    ?, ?, ?, ?, ?, ?)""", row.id, Math.abs(row.id.hashCode()), row.kind, row.assignee,
				"{" + String.join(",", row.groups) + "}", "{" + String.join(",", row.users) + "}",
				(row.dueAt != null) ? Timestamp.from(row.dueAt) : null, row.priority, row.state,
				Timestamp.from(row.createdAt), row.requester, row.implementer));
	}

	@Test
	void scopesFiltersAndOrdersAreTheInboxRules() {
		for (String user : List.of("manager", "cab1")) {
			ApiSession session = signedIn(user);
			List<String> roles = user.equals("manager") ? List.of("CHANGE_MANAGER") : List.of("CAB_MEMBER");
			// A CAB member asking for all gets their groups' tasks.
			List<String> scopes = user.equals("manager") ? List.of("todo", "mine", "groups", "all")
					: List.of("todo", "mine", "groups");
			for (String state : List.of("OPEN", "all")) {
				for (String scope : scopes) {
					for (String sort : SORTS) {
						for (String filter : FILTERS) {
							String query = "scope=%s&state=%s&sort=%s%s&limit=500".formatted(scope, state, sort,
									filter);
							Response response = session.get("/api/tasks?" + query);
							assertThat(response.status()).as(query).isEqualTo(200);
							List<String> expected = expected(user, roles, scope, state, sort, filter);
							assertThat(ids(response)).as(user + " " + query).containsExactlyElementsOf(expected);
							assertThat(response.header("X-Total-Count")).as(query)
								.isEqualTo(Integer.toString(expected.size()));
						}
					}
				}
			}
		}
	}

	@Test
	void pagesFollowOneAnotherWithoutGapsOrRepeats() {
		ApiSession manager = signedIn("manager");
		for (String state : List.of("OPEN", "all")) {
			for (String sort : SORTS) {
				List<String> expected = expected("manager", List.of("CHANGE_MANAGER"), "all", state, sort, "");
				List<String> paged = new ArrayList<>();
				for (int offset = 0; offset < expected.size(); offset += 7) {
					Response page = manager
						.get("/api/tasks?scope=all&state=%s&sort=%s&limit=7&offset=%d".formatted(state, sort, offset));
					assertThat(page.header("X-Total-Count")).isEqualTo(Integer.toString(expected.size()));
					assertThat(ids(page)).hasSizeLessThanOrEqualTo(7);
					paged.addAll(ids(page));
				}
				assertThat(paged).as(state + " " + sort).containsExactlyElementsOf(expected);
				Response beyond = manager.get("/api/tasks?scope=all&state=%s&offset=%d".formatted(state, 1000));
				assertThat(ids(beyond)).isEmpty();
				assertThat(beyond.header("X-Total-Count")).isEqualTo(Integer.toString(expected.size()));
			}
		}
		assertThat(manager.get("/api/tasks?scope=all").json()).as("100 by default")
			.hasSize(Math.min(100, expected("manager", List.of("CHANGE_MANAGER"), "all", "OPEN", "due", "").size()));
	}

	@Test
	void aPageSizeOutOfRangeIsRefusedNamingIt() {
		ApiSession manager = signedIn("manager");
		for (String query : List.of("limit=0", "limit=501", "limit=many", "offset=-1")) {
			Response refused = manager.get("/api/tasks?" + query);
			assertThat(refused.status()).as(query).isEqualTo(400);
			assertThat(refused.json().path("errors").path(0).path("field").asText()).as(query)
				.isEqualTo(query.substring(0, query.indexOf('=')));
		}
		assertThat(manager.get("/api/tasks?limit=500&offset=0").status()).isEqualTo(200);
	}

	@Test
	void theBadgeCountsWhatTheListsShow() {
		for (String user : List.of("manager", "cab1")) {
			List<String> roles = user.equals("manager") ? List.of("CHANGE_MANAGER") : List.of("CAB_MEMBER");
			Instant now = Instant.now();
			Predicate<Row> mine = (row) -> row.open() && user.equals(row.assignee) && row.mayComplete(user);
			Predicate<Row> groups = (row) -> row.open() && row.inGroupsOf(user, roles) && row.mayComplete(user);
			var count = signedIn(user).get("/api/tasks/count").json();
			assertThat(count.path("mine").asLong()).isEqualTo(this.rows.stream().filter(mine).count());
			assertThat(count.path("groups").asLong()).isEqualTo(this.rows.stream().filter(groups).count());
			assertThat(count.path("overdue").asLong())
				.isEqualTo(this.rows.stream().filter(mine.or(groups)).filter((row) -> row.dueBefore(now)).count());
		}
	}

	@Test
	void aPageCostsTheSameStatementsWhateverItsSize() {
		Statistics statistics = this.entityManagers.unwrap(SessionFactory.class).getStatistics();
		statistics.setStatisticsEnabled(true);
		try {
			// The smallest of a few tries: other threads of the app may query meanwhile.
			long small = statements(statistics, 2);
			long large = statements(statistics, 60);
			assertThat(small).as("the page and its total").isEqualTo(2);
			assertThat(large).isEqualTo(small);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	private long statements(Statistics statistics, int limit) {
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			statistics.clear();
			TaskPage page = this.service.list(HumanTaskService.Scope.ALL, "manager", List.of("CHANGE_MANAGER"), false,
					TaskFilter.NONE, new TaskPaging(limit, 0));
			assertThat(page.tasks()).hasSize(limit);
			fewest = Math.min(fewest, statistics.getPrepareStatementCount());
		}
		return fewest;
	}

	/** What the inbox showed when it filtered and sorted in Java. */
	private List<String> expected(String user, List<String> roles, String scope, String state, String sort,
			String filter) {
		Instant now = Instant.now();
		TaskFilter parsed = TaskFilter.parse(parameter(filter, "kind"), parameter(filter, "priority"),
				parameter(filter, "due"), sort);
		return this.rows.stream().filter((row) -> !state.equals("OPEN") || row.open()).filter((row) -> switch (scope) {
			case "mine" -> user.equals(row.assignee) && row.mayComplete(user);
			case "groups" -> row.inGroupsOf(user, roles) && row.mayComplete(user);
			case "todo" -> (user.equals(row.assignee) || row.inGroupsOf(user, roles)) && row.mayComplete(user);
			default -> true;
		})
			.filter((row) -> parsed.kind() == null || parsed.kind().name().equals(row.kind))
			.filter((row) -> parsed.priority() == null || parsed.priority().equals(row.priority))
			.filter((row) -> parsed.due() == null || row.dueBefore(parsed.due().horizon(now)))
			.sorted(order(parsed.sort()).thenComparing(Row::id))
			.map(Row::id)
			.toList();
	}

	private static Comparator<Row> order(TaskFilter.Sort sort) {
		Comparator<Row> byDue = Comparator.comparing(Row::dueAt, Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<Row> byPriority = Comparator.comparing(Row::priority,
				Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<Row> byAge = Comparator.comparing(Row::createdAt);
		return switch (sort) {
			case DUE -> byDue.thenComparing(byPriority).thenComparing(byAge);
			case PRIORITY -> byPriority.thenComparing(byDue).thenComparing(byAge);
			case AGE -> byAge;
		};
	}

	private static String parameter(String filter, String name) {
		return Arrays.stream(filter.split("&"))
			.filter((part) -> part.startsWith(name + "="))
			.map((part) -> part.substring(name.length() + 1))
			.findFirst()
			.orElse(null);
	}

	private static List<String> ids(Response response) {
		List<String> ids = new ArrayList<>();
		response.json().forEach((task) -> ids.add(task.path("id").asText()));
		return ids;
	}

	private static List<String> subset(Random random, String... values) {
		return Arrays.stream(values).filter((value) -> random.nextInt(3) == 0).toList();
	}

	/** A task as the test seeded it. Its id orders like PostgreSQL's uuid. */
	private record Row(String id, String assignee, List<String> groups, List<String> users, String kind,
			String priority, Instant dueAt, Instant createdAt, String state, String requester, String implementer) {

		/**
		 * Nobody reviews or approves what they requested, nor votes on what they
		 * implement.
		 */
		boolean mayComplete(String user) {
			boolean reviewOrVote = List.of("REVIEW_RFC", "CAB_VOTE", "PIR").contains(this.kind);
			return !(reviewOrVote && user.equals(this.requester))
					&& !(this.kind.equals("CAB_VOTE") && user.equals(this.implementer));
		}

		boolean open() {
			return this.state.equals("OPEN");
		}

		boolean inGroupsOf(String user, List<String> roles) {
			return this.assignee == null
					&& (this.users.contains(user) || this.groups.stream().anyMatch(roles::contains));
		}

		boolean dueBefore(Instant instant) {
			return this.dueAt != null && this.dueAt.isBefore(instant);
		}

	}

}
