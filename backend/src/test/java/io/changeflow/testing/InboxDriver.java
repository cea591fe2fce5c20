package io.changeflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession.Response;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Brings changes to the inbox over the API: submit a normal RFC, wait for one of its
 * tasks, add a colleague with given roles and groups.
 */
public final class InboxDriver {

	private final JdbcTemplate jdbc;

	public InboxDriver(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates and submits a normal change (a change manager reviews it first). */
	public String submitNormalChange(ApiSession requester, String title) {
		Response created = requester.post("/api/changes", rfc(title));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String key = created.json().path("key").asText();
		Response submitted = requester.post("/api/changes/" + key + "/submit", Map.of());
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		return key;
	}

	/** Waits until the person sees the task of a kind of the change in a scope. */
	public JsonNode awaitTask(ApiSession session, String scope, String key, String kind) {
		return Eventually.await(kind + " of " + key,
				() -> find(session.get("/api/tasks?scope=" + scope).json(), key, kind), (task) -> task != null);
	}

	/** The open task of a kind of the change, straight from the table. */
	public String openTaskId(String key, String kind, String assignee) {
		return Eventually.await(kind + " of " + key + " for " + assignee,
				() -> this.jdbc.queryForList(
						"select id::text from human_task where business_key = ? and kind = ?"
								+ " and state = 'OPEN' and assignee is not distinct from ?",
						String.class, key, kind, assignee),
				(ids) -> !ids.isEmpty())
			.getFirst();
	}

	/**
	 * A colleague with the demo password, the roles and groups, as an admin would add
	 * them.
	 */
	public void createUser(String username, List<String> roles, List<String> groups) {
		UUID id = UUID.randomUUID();
		this.jdbc.update(
				"insert into app_user (id, username, display_name, password_hash, created_at)"
						+ " select ?, ?, ?, password_hash, now() from app_user where username = 'requester'",
				id, username, username);
		roles.forEach((role) -> this.jdbc.update("insert into app_user_role (user_id, role) values (?, ?)", id, role));
		groups.forEach((group) -> this.jdbc.update("insert into app_user_group (user_id, group_name) values (?, ?)", id,
				group));
	}

	private static JsonNode find(JsonNode tasks, String key, String kind) {
		for (JsonNode task : tasks) {
			if (key.equals(task.path("changeKey").asText()) && kind.equals(task.path("kind").asText())) {
				return task;
			}
		}
		return null;
	}

	private static Map<String, Object> rfc(String title) {
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(20).truncatedTo(ChronoUnit.HOURS);
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("description", "A change that brings work to the inbox.");
		body.put("justification", "The inbox must show who has which task.");
		body.put("category", "APPLICATION");
		body.put("affectedCis", List.of("CI-00002"));
		body.put("impact", 2);
		body.put("urgency", 2);
		body.put("implementationPlan", "Roll out with the usual blue/green switch.");
		body.put("testPlan", "Run the smoke test suite against the new pool.");
		body.put("backoutPlan", "Switch the load balancer back to the old pool.");
		body.put("plannedStart", start.toString());
		body.put("plannedEnd", start.plusHours(1).toString());
		body.put("timeZone", "UTC");
		body.put("emergency", false);
		return body;
	}

}
