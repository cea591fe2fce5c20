package io.changeflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.ChangeflowApplication;
import io.changeflow.change.Rfcs;
import io.changeflow.engine.EngineInstances;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.Eventually;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The app stopped and started again on the same data directory, with changes and a
 * release waiting for people in each kind of wait state. The embedded engine keeps its
 * instances (durable log), so every task keeps its id, claim and due date, votes already
 * cast count, and the rollout goes on at the wave it was in.
 */
class RestartKeepsWhatPeopleDidIntegrationTests {

	private static final String PASSWORD = "restart-Password-1";

	@TempDir
	Path dataDir;

	private final int enginePort = freePort();

	private final int databasePort = freePort();

	@Test
	void everyWaitStateSurvivesARestart() {
		Map<String, Object> before;
		String review;
		String vote;
		String info;
		String ecab;
		String release;
		try (ConfigurableApplicationContext first = start()) {
			Actors people = new Actors(first);
			review = people.submit(Rfcs.window(Rfcs.valid("Review waits"), 48, 49));
			String reviewTask = people.awaitTask(review, "REVIEW_RFC", null);
			assertThat(people.as("manager").post("/api/tasks/" + reviewTask + "/claim", Map.of()).status())
				.isEqualTo(200);

			vote = people.submit(Rfcs.window(Rfcs.valid("CAB vote waits"), 52, 53));
			people.complete("manager", people.awaitTask(vote, "REVIEW_RFC", null), Map.of("decision", "accept"));
			people.complete("cab1", people.awaitTask(vote, "CAB_VOTE", "cab1"),
					Map.of("decision", "approve", "comment", "fine"));

			info = people.submit(Rfcs.window(Rfcs.valid("Information waits"), 56, 57));
			people.complete("manager", people.awaitTask(info, "REVIEW_RFC", null),
					Map.of("decision", "request_information", "comment", "Which pool?"));
			people.awaitTask(info, "PROVIDE_INFORMATION", null);

			Map<String, Object> emergency = Rfcs.window(Rfcs.valid("ECAB waits"), 60, 61);
			emergency.put("emergency", true);
			ecab = people.submit(emergency);
			people.complete("manager", people.awaitTask(ecab, "REVIEW_RFC", null), Map.of("decision", "accept"));
			people.awaitTask(ecab, "ECAB_APPROVAL", null);

			release = people.rolloutWaitingForGoNoGo();
			before = people.openTasks();
		}

		try (ConfigurableApplicationContext second = start()) {
			Actors people = new Actors(second);
			assertThat(people.openTasks()).as("same task ids, kinds, assignees and due dates").isEqualTo(before);
			assertThat(people.jdbc.queryForList(
					"select completed_by from human_task where business_key = ? and state = 'COMPLETED' and kind = 'CAB_VOTE'",
					String.class, vote))
				.as("the vote cast before counts, once")
				.containsExactly("cab1");
			assertThat(people.jdbc.queryForObject(
					"select count(*) from human_task where business_key = ? and kind = 'CAB_VOTE'", Integer.class,
					vote))
				.isEqualTo(3);

			// Each goes on from where it was.
			String reviewTask = people.awaitTask(review, "REVIEW_RFC", "manager");
			people.complete("manager", reviewTask, Map.of("decision", "accept"));
			people.awaitState(review, "AWAITING_CAB");
			String cab2 = people.awaitTask(vote, "CAB_VOTE", "cab2");
			String cab3 = people.awaitTask(vote, "CAB_VOTE", "cab3");
			people.complete("cab2", cab2, Map.of("decision", "approve"));
			people.complete("cab3", cab3, Map.of("decision", "approve"));
			people.awaitState(vote, "READY_FOR_RELEASE");
			people.complete("ecab", people.awaitTask(ecab, "ECAB_APPROVAL", null), Map.of("decision", "approve"));
			people.awaitState(ecab, "READY_FOR_RELEASE");

			people.complete("releng", people.awaitTask(release, "GO_NO_GO", null), Map.of("decision", "go"));
			people.awaitRelease(release, "CLOSED");
			assertThat(people.jdbc.queryForList(
					"select wave from execution where release_key = ? and action = 'DEPLOY' order by started_at",
					String.class, release))
				.as("every wave deployed once: the canary was not deployed again")
				.doesNotHaveDuplicates()
				.hasSize(4);
			assertThat(people.jdbc.queryForObject("select count(*) from ci_history where release_key = ?",
					Integer.class, release))
				.as("the CMDB updated once")
				.isEqualTo(1);
		}
	}

	@Test
	void threeRestartsInARowWith200LiveChangesLeaveNoneWithoutItsTask() {
		int live = 200;
		Map<String, Object> before;
		try (ConfigurableApplicationContext first = start()) {
			Actors people = new Actors(first);
			ApiSession requester = people.as("requester");
			for (int i = 0; i < live; i++) {
				Map<String, Object> rfc = Rfcs.window(Rfcs.valid("Live change " + i), 48 + 2 * i, 49 + 2 * i);
				String key = requester.post("/api/changes", rfc).json().path("key").asText();
				assertThat(requester.post("/api/changes/" + key + "/submit", Map.of()).status()).isEqualTo(200);
			}
			Eventually.await(live + " reviews open",
					() -> people.jdbc.queryForObject(
							"select count(*) from human_task where kind = 'REVIEW_RFC' and state = 'OPEN'",
							Integer.class),
					(open) -> open == live);
			before = people.openTasks();
		}
		for (int restart = 1; restart <= 3; restart++) {
			try (ConfigurableApplicationContext again = start()) {
				Actors people = new Actors(again);
				assertThat(people.openTasks()).as("restart " + restart + ": the same open tasks").isEqualTo(before);
				assertThat(
						people.jdbc.queryForObject("select count(*) from change_request c where c.state = 'IN_REVIEW'"
								+ " and not exists (select 1 from human_task t where t.business_key = c.change_key"
								+ " and t.state = 'OPEN')", Integer.class))
					.as("restart " + restart + ": changes waiting without an open task")
					.isZero();
				EngineInstances engine = again.getBean(EngineInstances.class);
				List<Long> instances = people.jdbc.queryForList(
						"select process_instance_key from change_request where state = 'IN_REVIEW'", Long.class);
				assertThat(instances).hasSize(live);
				assertThat(instances.stream().filter((instance) -> !engine.isAlive(instance)).toList())
					.as("restart " + restart + ": instances the engine no longer has")
					.isEmpty();
			}
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(ChangeflowApplication.class).run("--server.port=0",
				"--changeflow.data-dir=" + this.dataDir, "--changeflow.engine.port=" + this.enginePort,
				"--changeflow.database.port=" + this.databasePort, "--changeflow.demo.password=" + PASSWORD,
				"--changeflow.executor.simulated.duration=PT0.2S");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The demo users acting on one running app. */
	private static final class Actors {

		private final int port;

		private final JdbcTemplate jdbc;

		Actors(ConfigurableApplicationContext context) {
			this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			this.jdbc = context.getBean(JdbcTemplate.class);
		}

		ApiSession as(String user) {
			return new ApiSession(this.port).login(user, PASSWORD);
		}

		String submit(Map<String, Object> rfc) {
			ApiSession requester = as("requester");
			String key = requester.post("/api/changes", rfc).json().path("key").asText();
			assertThat(requester.post("/api/changes/" + key + "/submit", Map.of()).status()).isEqualTo(200);
			return key;
		}

		String awaitTask(String key, String kind, String assignee) {
			return Eventually.await(kind + " of " + key,
					() -> this.jdbc.queryForList(
							"select id::text from human_task where business_key = ? and kind = ? and state = 'OPEN'"
									+ " and (cast(? as text) is null or assignee = ?)",
							String.class, key, kind, assignee, assignee),
					(ids) -> !ids.isEmpty())
				.get(0);
		}

		String awaitGroupTask(String key, String kind, String group) {
			return Eventually.await(kind + " of " + key + " for " + group,
					() -> this.jdbc.queryForList(
							"select id::text from human_task where business_key = ? and kind = ? and state = 'OPEN'"
									+ " and ? = any(candidate_groups)",
							String.class, key, kind, group),
					(ids) -> !ids.isEmpty())
				.get(0);
		}

		void complete(String user, String taskId, Map<String, Object> decision) {
			Response done = as(user).post("/api/tasks/" + taskId + "/complete", decision);
			assertThat(done.status()).as(user + ": " + done).isEqualTo(200);
		}

		void awaitState(String key, String state) {
			Eventually.await(
					key + " in " + state, () -> this.jdbc
						.queryForObject("select state from change_request where change_key = ?", String.class, key),
					state::equals);
		}

		void awaitRelease(String key, String state) {
			Eventually.await(
					key + " in " + state, () -> this.jdbc
						.queryForObject("select state from software_release where release_key = ?", String.class, key),
					state::equals);
		}

		/** Every open task: id, kind, assignee and due date, by business key. */
		Map<String, Object> openTasks() {
			return Map.of("tasks", this.jdbc.queryForList("""
					select id, business_key, kind, assignee, due_at from human_task
					where state = 'OPEN' order by business_key, kind, assignee nulls first, id"""));
		}

		/**
		 * A standard change released: the canary wave is deployed and waits for go /
		 * no-go.
		 */
		String rolloutWaitingForGoNoGo() {
			Map<String, Object> rfc = Rfcs.window(Rfcs.valid("Restart checkout-api staging", List.of("CI-00009")), 70,
					71);
			rfc.put("changeModelId", this.jdbc.queryForObject("select id::text from change_model where name = ?",
					String.class, "Restart app server"));
			String change = submit(rfc);
			awaitState(change, "READY_FOR_RELEASE");
			ApiSession releng = as("releng");
			JsonNode created = releng.post("/api/releases", ReleaseTestSupport.release("Restart", List.of(change)))
				.json();
			String key = created.path("key").asText();
			assertThat(releng.post("/api/releases/" + key + "/build", Map.of()).status()).isEqualTo(200);
			complete("releng2", awaitGroupTask(key, "ACCEPT_RELEASE", "RELEASE_ENGINEER"),
					Map.of("decision", "accept"));
			complete("manager", awaitGroupTask(key, "ACCEPT_RELEASE", "CHANGE_MANAGER"), Map.of("decision", "accept"));
			complete("manager", awaitTask(key, "REVIEW_ROLLOUT_PLAN", null), Map.of("decision", "approve"));
			complete("releng", awaitTask(key, "START_ROLLOUT", null), Map.of("decision", "start"));
			awaitTask(key, "GO_NO_GO", null);
			return key;
		}

	}

}
