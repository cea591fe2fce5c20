package io.changeflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.ChangeflowApplication;
import io.changeflow.change.Rfcs;
import io.changeflow.engine.EngineInstances;
import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.RunningApp;
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

	private final int enginePort = RunningApp.freePort();

	private final int databasePort = RunningApp.freePort();

	@Test
	void everyWaitStateSurvivesARestart() {
		Map<String, Object> before;
		String review;
		String vote;
		String info;
		String ecab;
		String release;
		try (ConfigurableApplicationContext first = start()) {
			RunningApp people = app(first);
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

			release = Rollouts.started(people, "Restart");
			people.awaitTask(release, "GO_NO_GO", null);
			before = openTasks(people);
		}

		try (ConfigurableApplicationContext second = start()) {
			RunningApp people = app(second);
			assertThat(openTasks(people)).as("same task ids, kinds, assignees and due dates").isEqualTo(before);
			assertThat(people.jdbc()
				.queryForList(
						"select completed_by from human_task where business_key = ? and state = 'COMPLETED' and kind = 'CAB_VOTE'",
						String.class, vote))
				.as("the vote cast before counts, once")
				.containsExactly("cab1");
			assertThat(people.jdbc()
				.queryForObject("select count(*) from human_task where business_key = ? and kind = 'CAB_VOTE'",
						Integer.class, vote))
				.isEqualTo(3);

			// Each goes on from where it was.
			String reviewTask = people.awaitTask(review, "REVIEW_RFC", "manager");
			people.complete("manager", reviewTask, Map.of("decision", "accept"));
			people.awaitChange(review, "AWAITING_CAB");
			String cab2 = people.awaitTask(vote, "CAB_VOTE", "cab2");
			String cab3 = people.awaitTask(vote, "CAB_VOTE", "cab3");
			people.complete("cab2", cab2, Map.of("decision", "approve"));
			people.complete("cab3", cab3, Map.of("decision", "approve"));
			people.awaitChange(vote, "READY_FOR_RELEASE");
			people.complete("ecab", people.awaitTask(ecab, "ECAB_APPROVAL", null), Map.of("decision", "approve"));
			people.awaitChange(ecab, "READY_FOR_RELEASE");

			people.complete("releng", people.awaitTask(release, "GO_NO_GO", null), Map.of("decision", "go"));
			people.awaitRelease(release, "CLOSED");
			assertThat(people.jdbc()
				.queryForList(
						"select wave from execution where release_key = ? and action = 'DEPLOY' order by started_at",
						String.class, release))
				.as("every wave deployed once: the canary was not deployed again")
				.doesNotHaveDuplicates()
				.hasSize(4);
			assertThat(people.jdbc()
				.queryForObject("select count(*) from ci_history where release_key = ?", Integer.class, release))
				.as("the CMDB updated once")
				.isEqualTo(1);
		}
	}

	@Test
	void aRolloutRefusedOutsideItsWindowKeepsItsOverrideAcrossARestart() {
		String release;
		String override = "Security fix; the service owner agreed to go tonight";
		try (ConfigurableApplicationContext first = start()) {
			RunningApp people = app(first);
			release = Rollouts.readyToStart(people, "Override");
			Response refused = people.as("releng")
				.post("/api/tasks/" + people.awaitTask(release, "START_ROLLOUT", null) + "/complete",
						Map.of("decision", "start"));
			assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
			Response recorded = people.as("manager")
				.post("/api/releases/" + release + "/rollout-override", Map.of("reason", override));
			assertThat(recorded.status()).as(recorded.toString()).isEqualTo(200);
		}

		try (ConfigurableApplicationContext second = start()) {
			RunningApp people = app(second);
			JsonNode overrides = people.as("releng").get("/api/releases/" + release).json().path("overrides");
			assertThat(overrides).as("the override recorded before the restart").hasSize(1);
			assertThat(overrides.get(0).path("by").asText()).isEqualTo("manager");
			assertThat(overrides.get(0).path("reason").asText()).isEqualTo(override);
			people.complete("releng", people.awaitTask(release, "START_ROLLOUT", null), Map.of("decision", "start"));
			people.complete("releng", people.awaitTask(release, "GO_NO_GO", null), Map.of("decision", "go"));
			people.awaitRelease(release, "CLOSED");
			assertThat(people.jdbc()
				.queryForObject(
						"select count(*) from rollout_override o join software_release r on r.id = o.release_id where r.release_key = ?",
						Integer.class, release))
				.isEqualTo(1);
		}
	}

	@Test
	void threeRestartsInARowWith200LiveChangesLeaveNoneWithoutItsTask() {
		int live = 200;
		Map<String, Object> before;
		try (ConfigurableApplicationContext first = start()) {
			RunningApp people = app(first);
			ApiSession requester = people.as("requester");
			for (int i = 0; i < live; i++) {
				Map<String, Object> rfc = Rfcs.window(Rfcs.valid("Live change " + i), 48 + 2 * i, 49 + 2 * i);
				String key = requester.post("/api/changes", rfc).json().path("key").asText();
				assertThat(requester.post("/api/changes/" + key + "/submit", Map.of()).status()).isEqualTo(200);
			}
			Eventually.await(live + " reviews open",
					() -> people.jdbc()
						.queryForObject("select count(*) from human_task where kind = 'REVIEW_RFC' and state = 'OPEN'",
								Integer.class),
					(open) -> open == live);
			before = openTasks(people);
		}
		for (int restart = 1; restart <= 3; restart++) {
			try (ConfigurableApplicationContext again = start()) {
				RunningApp people = app(again);
				assertThat(openTasks(people)).as("restart " + restart + ": the same open tasks").isEqualTo(before);
				assertThat(people.jdbc()
					.queryForObject("select count(*) from change_request c where c.state = 'IN_REVIEW'"
							+ " and not exists (select 1 from human_task t where t.business_key = c.change_key"
							+ " and t.state = 'OPEN')", Integer.class))
					.as("restart " + restart + ": changes waiting without an open task")
					.isZero();
				EngineInstances engine = again.getBean(EngineInstances.class);
				List<Long> instances = people.jdbc()
					.queryForList("select process_instance_key from change_request where state = 'IN_REVIEW'",
							Long.class);
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

	private RunningApp app(ConfigurableApplicationContext context) {
		return new RunningApp(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")), PASSWORD,
				context.getBean(JdbcTemplate.class));
	}

	/** Every open task: id, kind, assignee and due date. */
	private static Map<String, Object> openTasks(RunningApp app) {
		return Map.of("tasks", app.jdbc().queryForList("""
				select id, business_key, kind, assignee, due_at from human_task
				where state = 'OPEN' order by business_key, kind, assignee nulls first, id"""));
	}

}
