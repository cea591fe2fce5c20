package io.changeflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives changes over REST the way people do: file and submit an RFC, wait for a state,
 * complete the task of a kind as a user. Shared by the tests of every feature that needs
 * a change somewhere in its lifecycle.
 */
public final class ChangeFlows {

	private final Function<String, ApiSession> signedIn;

	private final JdbcTemplate jdbc;

	ChangeFlows(Function<String, ApiSession> signedIn, JdbcTemplate jdbc) {
		this.signedIn = signedIn;
		this.jdbc = jdbc;
	}

	/** Files the RFC as the session's user and submits it; returns the change key. */
	public String submit(ApiSession requester, Map<String, Object> rfc) {
		Response created = requester.post("/api/changes", rfc);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String key = created.json().path("key").asText();
		Response submitted = requester.post("/api/changes/" + key + "/submit", Map.of());
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		return key;
	}

	/** Waits until the change is in the state; returns the change as the API shows it. */
	public JsonNode awaitState(ApiSession session, String key, String state) {
		return Eventually.await(key + " in " + state, () -> session.get("/api/changes/" + key).json(),
				(change) -> state.equals(change.path("state").asText()));
	}

	/** Completes the user's open task of the kind on the change and expects 200. */
	public void complete(String user, String key, String kind, Map<String, Object> decision) {
		Response response = complete(user, key, kind, decision, true);
		assertThat(response.status()).as(user + " completes " + kind + ": " + response).isEqualTo(200);
	}

	/**
	 * Completes the user's task of the kind on the change; with {@code waitForIt} it
	 * waits for the task to open, without it the latest task is tried whatever its state.
	 */
	public Response complete(String user, String key, String kind, Map<String, Object> decision, boolean waitForIt) {
		ApiSession session = this.signedIn.apply(user);
		String taskId = waitForIt ? Eventually.await(kind + " task for " + user + " on " + key,
				() -> taskOf(user, key, kind, true), (id) -> id != null) : taskOf(user, key, kind, false);
		return session.post("/api/tasks/" + taskId + "/complete", decision);
	}

	/** The assignees of the open tasks of the kind ("" for group tasks). */
	public List<String> openTaskAssignees(String key, String kind) {
		return this.jdbc.queryForList(
				"select coalesce(assignee, '') from human_task where business_key = ? and kind = ? and state = 'OPEN'",
				String.class, key, kind);
	}

	private String taskOf(String user, String key, String kind, boolean openOnly) {
		return this.jdbc
			.queryForList(
					"select id::text from human_task where business_key = ? and kind = ? and (assignee = ? or"
							+ " assignee is null) and (state = 'OPEN' or not ?) order by created_at desc",
					String.class, key, kind, user, openOnly)
			.stream()
			.findFirst()
			.orElse(null);
	}

}
