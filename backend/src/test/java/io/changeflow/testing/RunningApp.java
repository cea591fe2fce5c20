package io.changeflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.testing.ApiSession.Response;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo users acting on an app started by a test itself (in its own context or its own
 * process), to stop and start it again: sign in, file RFCs, wait for tasks and states,
 * decide.
 */
public final class RunningApp {

	private final int port;

	private final String password;

	private final JdbcTemplate jdbc;

	public RunningApp(int port, String password, JdbcTemplate jdbc) {
		this.port = port;
		this.password = password;
		this.jdbc = jdbc;
	}

	public JdbcTemplate jdbc() {
		return this.jdbc;
	}

	public ApiSession as(String user) {
		return new ApiSession(this.port).login(user, this.password);
	}

	/** Files and submits an RFC as the requester; returns its key. */
	public String submit(Map<String, Object> rfc) {
		ApiSession requester = as("requester");
		String key = requester.post("/api/changes", rfc).json().path("key").asText();
		assertThat(requester.post("/api/changes/" + key + "/submit", Map.of()).status()).isEqualTo(200);
		return key;
	}

	/** The id of the open task of the kind, assigned to the user (any, with null). */
	public String awaitTask(String key, String kind, String assignee) {
		return first(kind + " of " + key, "and (cast(? as text) is null or assignee = ?)", key, kind, assignee,
				assignee);
	}

	/** The id of the open task of the kind offered to the group. */
	public String awaitGroupTask(String key, String kind, String group) {
		return first(kind + " of " + key + " for " + group, "and ? = any(candidate_groups)", key, kind, group);
	}

	private String first(String what, String condition, Object... arguments) {
		return Eventually.await(what, () -> this.jdbc.queryForList(
				"select id::text from human_task where business_key = ? and kind = ? and state = 'OPEN' " + condition,
				String.class, arguments), (ids) -> !ids.isEmpty())
			.get(0);
	}

	public void complete(String user, String taskId, Map<String, Object> decision) {
		Response done = as(user).post("/api/tasks/" + taskId + "/complete", decision);
		assertThat(done.status()).as(user + ": " + done).isEqualTo(200);
	}

	public void awaitChange(String key, String state) {
		Eventually.await(
				key + " in " + state, () -> this.jdbc
					.queryForObject("select state from change_request where change_key = ?", String.class, key),
				state::equals);
	}

	public void awaitRelease(String key, String state) {
		Eventually.await(
				key + " in " + state, () -> this.jdbc
					.queryForObject("select state from software_release where release_key = ?", String.class, key),
				state::equals);
	}

	/** The ids and assignees of a record's open tasks. */
	public List<String> openTasks(String key) {
		return this.jdbc.queryForList("select id::text || ' ' || coalesce(assignee, '') from human_task"
				+ " where business_key = ? and state = 'OPEN' order by id", String.class, key);
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
