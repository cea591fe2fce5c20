package io.changeflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.ChangeflowApplication;
import io.changeflow.change.Rfcs;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.Eventually;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The app as its own process, killed with SIGKILL while a CAB vote is half cast and while
 * a rollout wave is being deployed, then started again on the same data: no task lost or
 * doubled, no vote to cast again, no wave deployed twice, the CMDB updated once.
 */
class KillDuringVoteAndRolloutIntegrationTests {

	private static final String PASSWORD = "kill-Password-1";

	@TempDir
	Path dataDir;

	private final int httpPort = freePort();

	private final int enginePort = freePort();

	private final int databasePort = freePort();

	@Test
	void killDuringAVoteAndAWaveLosesAndRepeatsNothing() throws Exception {
		Process app = start();
		try {
			JdbcTemplate jdbc = jdbc();
			String vote = submit(Rfcs.window(Rfcs.valid("Vote through a crash"), 48, 49));
			complete("manager", awaitTask(jdbc, vote, "REVIEW_RFC", null), Map.of("decision", "accept"));
			complete("cab1", awaitTask(jdbc, vote, "CAB_VOTE", "cab1"), Map.of("decision", "approve"));
			List<String> votesBefore = openTasks(jdbc, vote);
			assertThat(votesBefore).hasSize(2);

			String release = rolloutUnderWay(jdbc);
			// The canary is being deployed (the simulated pipeline takes seconds): kill
			// now.
			Eventually.await("the canary deploying",
					() -> jdbc.queryForObject(
							"select count(*) from execution where release_key = ? and action = 'DEPLOY'", Integer.class,
							release),
					(running) -> running > 0);
			app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

			app = start();
			assertThat(openTasks(jdbc, vote)).as("the same open votes, none lost or doubled").isEqualTo(votesBefore);
			assertThat(jdbc.queryForList("select completed_by from human_task where business_key = ?"
					+ " and kind = 'CAB_VOTE' and state = 'COMPLETED'", String.class, vote))
				.as("the vote cast before the kill counts")
				.containsExactly("cab1");
			complete("cab2", awaitTask(jdbc, vote, "CAB_VOTE", "cab2"), Map.of("decision", "approve"));
			complete("cab3", awaitTask(jdbc, vote, "CAB_VOTE", "cab3"), Map.of("decision", "approve"));
			awaitState(jdbc, "change_request", "change_key", vote, "READY_FOR_RELEASE");

			// The deploy job the killed app held comes back once its timeout (60 s) runs
			// out.
			String goNoGo = Eventually.await("the go / no-go after the canary", () -> jdbc.queryForList(
					"select id::text from human_task where business_key = ? and kind = 'GO_NO_GO' and state = 'OPEN'",
					String.class, release), (ids) -> !ids.isEmpty(), Duration.ofMinutes(3))
				.get(0);
			complete("releng", goNoGo, Map.of("decision", "go"));
			awaitState(jdbc, "software_release", "release_key", release, "CLOSED");
			assertThat(jdbc.queryForList("select wave from execution where release_key = ? and action = 'DEPLOY'",
					String.class, release))
				.as("each wave deployed once")
				.doesNotHaveDuplicates()
				.hasSize(4);
			assertThat(jdbc.queryForObject("select count(*) from ci_history where release_key = ?", Integer.class,
					release))
				.as("the CMDB updated once")
				.isEqualTo(1);
		}
		finally {
			// A graceful stop also stops its PostgreSQL.
			app.destroy();
			if (!app.waitFor(60, TimeUnit.SECONDS)) {
				app.destroyForcibly();
			}
		}
	}

	private String rolloutUnderWay(JdbcTemplate jdbc) {
		Map<String, Object> rfc = Rfcs.window(Rfcs.valid("Restart checkout-api staging", List.of("CI-00009")), 70, 71);
		rfc.put("changeModelId", jdbc.queryForObject("select id::text from change_model where name = ?", String.class,
				"Restart app server"));
		String change = submit(rfc);
		awaitState(jdbc, "change_request", "change_key", change, "READY_FOR_RELEASE");
		ApiSession releng = as("releng");
		String key = releng.post("/api/releases", ReleaseTestSupport.release("Through a crash", List.of(change)))
			.json()
			.path("key")
			.asText();
		assertThat(releng.post("/api/releases/" + key + "/build", Map.of()).status()).isEqualTo(200);
		complete("releng2", awaitGroupTask(jdbc, key, "ACCEPT_RELEASE", "RELEASE_ENGINEER"),
				Map.of("decision", "accept"));
		complete("manager", awaitGroupTask(jdbc, key, "ACCEPT_RELEASE", "CHANGE_MANAGER"),
				Map.of("decision", "accept"));
		complete("manager", awaitTask(jdbc, key, "REVIEW_ROLLOUT_PLAN", null), Map.of("decision", "approve"));
		complete("releng", awaitTask(jdbc, key, "START_ROLLOUT", null), Map.of("decision", "start"));
		return key;
	}

	private Process start() throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				ChangeflowApplication.class.getName(), "--server.port=" + this.httpPort,
				"--changeflow.data-dir=" + this.dataDir, "--changeflow.engine.port=" + this.enginePort,
				"--changeflow.database.port=" + this.databasePort, "--changeflow.demo.password=" + PASSWORD,
				"--changeflow.executor.simulated.duration=PT3S")
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(this.dataDir.resolve("app.log").toFile()))
			.start();
		HttpClient http = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
		while (Instant.now().isBefore(deadline) && process.isAlive()) {
			try {
				HttpResponse<String> health = http
					.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + "/actuator/health"))
						.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return process;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(500);
		}
		process.destroyForcibly();
		throw new IllegalStateException("The app did not become ready; see " + this.dataDir.resolve("app.log"));
	}

	private JdbcTemplate jdbc() {
		return new JdbcTemplate(new DriverManagerDataSource(
				"jdbc:postgresql://127.0.0.1:" + this.databasePort + "/changeflow", "postgres", ""));
	}

	private ApiSession as(String user) {
		return new ApiSession(this.httpPort).login(user, PASSWORD);
	}

	private String submit(Map<String, Object> rfc) {
		ApiSession requester = as("requester");
		String key = requester.post("/api/changes", rfc).json().path("key").asText();
		assertThat(requester.post("/api/changes/" + key + "/submit", Map.of()).status()).isEqualTo(200);
		return key;
	}

	private void complete(String user, String taskId, Map<String, Object> decision) {
		Response done = as(user).post("/api/tasks/" + taskId + "/complete", decision);
		assertThat(done.status()).as(user + ": " + done).isEqualTo(200);
	}

	private static List<String> openTasks(JdbcTemplate jdbc, String key) {
		return jdbc.queryForList("select id::text || ' ' || coalesce(assignee, '') from human_task"
				+ " where business_key = ? and state = 'OPEN' order by id", String.class, key);
	}

	private static String awaitTask(JdbcTemplate jdbc, String key, String kind, String assignee) {
		return Eventually.await(kind + " of " + key,
				() -> jdbc.queryForList(
						"select id::text from human_task where business_key = ? and kind = ? and state = 'OPEN'"
								+ " and (cast(? as text) is null or assignee = ?)",
						String.class, key, kind, assignee, assignee),
				(ids) -> !ids.isEmpty())
			.get(0);
	}

	private static String awaitGroupTask(JdbcTemplate jdbc, String key, String kind, String group) {
		return Eventually.await(kind + " of " + key + " for " + group,
				() -> jdbc.queryForList("select id::text from human_task where business_key = ? and kind = ?"
						+ " and state = 'OPEN' and ? = any(candidate_groups)", String.class, key, kind, group),
				(ids) -> !ids.isEmpty())
			.get(0);
	}

	private static void awaitState(JdbcTemplate jdbc, String table, String keyColumn, String key, String state) {
		Eventually.await(
				key + " in " + state, () -> jdbc
					.queryForObject("select state from " + table + " where " + keyColumn + " = ?", String.class, key),
				state::equals);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
