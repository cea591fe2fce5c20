package io.changeflow.replicas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import io.camunda.client.CamundaClient;
import io.camunda.client.spring.annotation.processor.JobWorkerAnnotationProcessor;
import io.changeflow.ChangeflowApplication;
import io.changeflow.change.Rfcs;
import io.changeflow.engine.EngineEpoch;
import io.changeflow.live.EventStream;
import io.changeflow.release.Rollouts;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.AuditRows;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.IntegrationTest;
import io.changeflow.testing.RunningApp;
import io.changeflow.testing.TestInfrastructure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Two replicas on one engine and one database, in one JVM: replica A is the app every
 * integration test runs (it started the embedded engine and PostgreSQL), replica B a
 * second app that joins them in replica mode (no engine, no database of its own) on
 * another port. People and browsers use either; nothing is done twice and nobody misses
 * what the other replica did.
 */
class TwoReplicasIntegrationTests extends IntegrationTest {

	private static ConfigurableApplicationContext replicaB;

	@Autowired
	private ApplicationContext replicaA;

	@BeforeEach
	void startReplicaB() throws Exception {
		if (replicaB == null) {
			replicaB = joining(this.replicaA);
		}
	}

	@AfterAll
	static void stopReplicaB() {
		if (replicaB != null) {
			replicaB.close();
			replicaB = null;
		}
	}

	@Test
	void aSessionMadeOnOneReplicaWorksOnTheOther() {
		ApiSession onA = signedIn("manager");
		ApiSession onB = onA.at(portOfB());

		Response me = onB.get("/api/me");
		assertThat(me.status()).as(me.toString()).isEqualTo(200);
		assertThat(me.json().path("username").asText()).isEqualTo("manager");

		Response out = onB.post("/api/auth/logout", Map.of());
		assertThat(out.status()).as(out.toString()).isEqualTo(204);
		assertThat(onA.get("/api/me").status()).as("signed out on B is signed out on A").isEqualTo(401);
	}

	@Test
	void browsersOnOneReplicaHearWhatTheOtherDidOnce() {
		ApiSession manager = signedIn("manager");
		ApiSession cab1 = signedIn("cab1");
		try (EventStream managerOnA = EventStream.open(manager);
				EventStream managerOnB = EventStream.open(manager.at(portOfB()));
				EventStream cab1OnA = EventStream.open(cab1)) {
			// A's workers step aside: B's workers carry the RFC to the change manager.
			String key = withoutWorkersOfA(() -> {
				String submitted = changeFlows().submit(signedIn("requester"), Rfcs.valid("Opened by replica B"));
				managerOnA.await("task", (task) -> isTask(task, submitted, "REVIEW_RFC", "OPEN"));
				return submitted;
			});
			JsonNode review = managerOnA.await("task", (task) -> isTask(task, key, "REVIEW_RFC", "OPEN"));

			Response accepted = manager.at(portOfB())
				.post("/api/tasks/" + review.path("id").asText() + "/complete", Map.of("decision", "accept"));
			assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
			managerOnA.await("task", (task) -> isTask(task, key, "REVIEW_RFC", "COMPLETED"));

			JsonNode vote = cab1OnA.await("task",
					(task) -> isTask(task, key, "CAB_VOTE", "OPEN") && "cab1".equals(task.path("assignee").asText()));
			Response voted = cab1.at(portOfB())
				.post("/api/tasks/" + vote.path("id").asText() + "/complete", Map.of("decision", "approve"));
			assertThat(voted.status()).as(voted.toString()).isEqualTo(200);
			JsonNode counted = cab1OnA.await("task", (task) -> vote.path("id").equals(task.path("id"))
					&& "COMPLETED".equals(task.path("state").asText()));
			assertThat(counted.path("completedBy").asText()).isEqualTo("cab1");

			// The vote's event came after the review's on every stream: by now each
			// browser has what it will get of the review.
			managerOnB.await("task", (task) -> vote.path("id").equals(task.path("id"))
					&& "COMPLETED".equals(task.path("state").asText()));
			managerOnA.await("task", (task) -> vote.path("id").equals(task.path("id"))
					&& "COMPLETED".equals(task.path("state").asText()));
			for (EventStream stream : List.of(managerOnA, managerOnB)) {
				assertThat(stream.seen("task")).as("each review event once")
					.filteredOn((task) -> review.path("id").equals(task.path("id")))
					.extracting((task) -> task.path("state").asText())
					.containsExactly("OPEN", "COMPLETED");
			}
			assertThat(cab1OnA.seen("task")).filteredOn((task) -> vote.path("id").equals(task.path("id")))
				.extracting((task) -> task.path("state").asText())
				.containsExactly("OPEN", "COMPLETED");
		}
	}

	@Test
	void rfcsSubmittedAcrossBothAreEachProcessedOnce() {
		int count = 100;
		ApiSession onA = signedIn("requester");
		ApiSession onB = onA.at(portOfB());
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			keys.add(changeFlows().submit((i % 2 == 0) ? onA : onB, Rfcs.valid("Replica load " + i)));
		}

		Eventually.await("a review for each of the " + count + " RFCs",
				() -> this.jdbc.queryForObject("select count(distinct business_key) from human_task"
						+ " where kind = 'REVIEW_RFC' and state = 'OPEN'", Integer.class),
				(opened) -> opened == count, Duration.ofMinutes(3));

		assertThat(this.jdbc
			.queryForList("select business_key from human_task where kind = 'REVIEW_RFC' group by business_key"
					+ " having count(*) <> 1", String.class))
			.as("one review each, none doubled")
			.isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(distinct process_instance_key) from change_request"
						+ " where state = 'IN_REVIEW' and change_key = any(?)",
				Integer.class, (Object) keys.toArray(String[]::new)))
			.as("one process instance each")
			.isEqualTo(count);
		assertThat(this.jdbc.queryForList("""
				select c.change_key || ' ' || s.element_id || ' ' || s.state
				from change_step s join change_request c on c.id = s.change_id
				group by c.change_key, s.element_id, s.state having count(*) > 1""", String.class))
			.as("no step of any change recorded twice")
			.isEmpty();
		assertThat(this.jdbc.queryForList(
				"select business_key || ' ' || kind from human_task group by business_key, kind having count(*) > 1",
				String.class))
			.as("no task opened twice")
			.isEmpty();
	}

	@Test
	void aCabReminderReachesEachOpenVoterOnce() {
		String key = changeFlows().submit(signedIn("requester"), Rfcs.valid("Reminded across replicas"));
		changeFlows().complete("manager", key, "REVIEW_RFC", Map.of("decision", "accept"));
		Eventually.await("the CAB vote open", () -> changeFlows().openTaskAssignees(key, "CAB_VOTE"),
				(assignees) -> assignees.contains("cab1") && assignees.size() > 1);
		// One voter votes before the reminder; the others are reminded.
		Response voted = changeFlows().complete("cab1", key, "CAB_VOTE", Map.of("decision", "approve"), true);
		assertThat(voted.status()).as(voted.toString()).isEqualTo(200);
		List<String> open = Eventually.await("cab1's vote counted",
				() -> changeFlows().openTaskAssignees(key, "CAB_VOTE"), (assignees) -> !assignees.contains("cab1"));
		Instant reminderAt = this.jdbc
			.queryForObject("select reminder_at from cab_round where change_key = ?", java.sql.Timestamp.class, key)
			.toInstant();

		// The engine's clock passes the reminder (the deadline is a day or more later);
		// the workers of both replicas compete for the reminder's job.
		Duration ahead = Duration.between(Instant.now(), reminderAt).plusMinutes(1);
		processes().moveEngineClock(ahead);
		try {
			Eventually.await("a reminder for each open voter", () -> remindersOf(key),
					(reminded) -> reminded.size() >= open.size(), Duration.ofMinutes(1));
			processes().settle();
		}
		finally {
			processes().moveEngineClock(ahead.negated());
		}

		assertThat(remindersOf(key)).as("each open voter reminded once, the one who voted not at all")
			.containsExactlyInAnyOrderElementsOf(open);
		for (String voter : open) {
			Response bell = signedIn(voter).at(portOfB()).get("/api/notifications");
			assertThat(bell.status()).as(bell.toString()).isEqualTo(200);
			assertThat(bell.json().findValuesAsText("kind")).as(voter + "'s bell on replica B")
				.containsOnlyOnce("REMINDER");
		}
		assertThat(changeFlows().openTaskAssignees(key, "CAB_VOTE")).as("the vote still open: no deadline passed")
			.containsExactlyInAnyOrderElementsOf(open);
	}

	private List<String> remindersOf(String key) {
		return this.jdbc.queryForList("select username from notification where kind = 'REMINDER' and change_key = ?",
				String.class, key);
	}

	@Test
	void scheduledWorkRunsOnOneReplica() throws Exception {
		AuditRows audit = new AuditRows(this.jdbc);
		audit.awaitChained();
		Object checkpointsOnA = AopTestUtils.getTargetObject(this.replicaA.getBean("auditCheckpoints"));
		Object checkpointsOnB = AopTestUtils.getTargetObject(replicaB.getBean("auditCheckpoints"));

		// Both replicas' nightly schedules fire at the same moment.
		CountDownLatch midnight = new CountDownLatch(1);
		CompletableFuture<Void> onA = CompletableFuture.runAsync(() -> fireDaily(midnight, checkpointsOnA));
		CompletableFuture<Void> onB = CompletableFuture.runAsync(() -> fireDaily(midnight, checkpointsOnB));
		midnight.countDown();
		CompletableFuture.allOf(onA, onB).join();
		// And once more a moment later, as a replica whose clock is a little behind.
		ReflectionTestUtils.invokeMethod(checkpointsOnB, "daily");
		audit.awaitChained();

		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'AuditCheckpointTaken'",
				Integer.class))
			.as("one nightly checkpoint across both replicas")
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from cluster_job where name = 'audit-checkpoint'",
				Integer.class))
			.isOne();
	}

	@Test
	void aReplicaKilledDuringARolloutLeavesItToTheOtherToFinish() throws Exception {
		// Replica B of the other tests shares this JVM and cannot be killed; this one
		// runs in
		// a process of its own.
		stopReplicaB();
		Path dataDir = Files.createTempDirectory("changeflow-replica-");
		int port = RunningApp.freePort();
		RunningApp people = new RunningApp(this.port, TestInfrastructure.DEMO_PASSWORD, this.jdbc);
		JobWorkerAnnotationProcessor workersOfA = this.replicaA.getBean(JobWorkerAnnotationProcessor.class);
		CamundaClient client = this.replicaA.getBean(CamundaClient.class);
		String release;
		// A's workers step aside until the other replica is killed: it does every step
		// up to the canary's deployment.
		workersOfA.onStop(client);
		Process other = null;
		try {
			other = startReplicaProcess(port, dataDir);
			release = Rollouts.started(people, "Through a replica's end");
			String key = release;
			Eventually.await("the canary deploying on the other replica",
					() -> this.jdbc.queryForObject(
							"select count(*) from execution where release_key = ?"
									+ " and action = 'DEPLOY' and status = 'RUNNING' and dispatched_at is not null",
							Integer.class, key),
					(running) -> running > 0, Duration.ofMinutes(2));
			other.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		finally {
			workersOfA.onStart(client);
			if (other != null && other.isAlive()) {
				other.destroyForcibly();
			}
		}

		// The deploy job the killed replica held comes back after its timeout (60 s), and
		// replica A finishes the deployment the killed one's timer was waiting for.
		String key = release;
		String goNoGo = Eventually.await("the go / no-go after the canary", () -> this.jdbc.queryForList(
				"select id::text from human_task where business_key = ? and kind = 'GO_NO_GO' and state = 'OPEN'",
				String.class, key), (ids) -> !ids.isEmpty(), Duration.ofMinutes(3))
			.get(0);
		people.complete("releng", goNoGo, Map.of("decision", "go"));
		people.awaitRelease(release, "CLOSED");
		assertThat(this.jdbc.queryForList("select wave from execution where release_key = ? and action = 'DEPLOY'",
				String.class, release))
			.as("each wave deployed once")
			.doesNotHaveDuplicates()
			.hasSize(4);
		assertThat(this.jdbc.queryForObject("select count(*) from ci_history where release_key = ?", Integer.class,
				release))
			.as("the CMDB updated once")
			.isEqualTo(1);
	}

	private static void fireDaily(CountDownLatch midnight, Object checkpoints) {
		try {
			midnight.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		ReflectionTestUtils.invokeMethod(checkpoints, "daily");
	}

	private static boolean isTask(JsonNode task, String key, String kind, String state) {
		return key.equals(task.path("changeKey").asText()) && kind.equals(task.path("kind").asText())
				&& state.equals(task.path("state").asText());
	}

	/**
	 * Runs the work while replica A takes no jobs, so replica B's workers do them all.
	 */
	private <T> T withoutWorkersOfA(java.util.function.Supplier<T> work) {
		JobWorkerAnnotationProcessor workers = this.replicaA.getBean(JobWorkerAnnotationProcessor.class);
		CamundaClient client = this.replicaA.getBean(CamundaClient.class);
		workers.onStop(client);
		try {
			return work.get();
		}
		finally {
			workers.onStart(client);
		}
	}

	private static int portOfB() {
		return ((WebServerApplicationContext) replicaB).getWebServer().getPort();
	}

	/**
	 * Replica mode, as README describes it: another instance's engine (its gRPC address
	 * and epoch) and database (URL and roles), demo users already seeded there.
	 */
	private static ConfigurableApplicationContext joining(ApplicationContext first) throws Exception {
		return new SpringApplicationBuilder(ChangeflowApplication.class)
			.run(joiningArguments(first, 0, Files.createTempDirectory("changeflow-replica-"), "PT0.2S")
				.toArray(String[]::new));
	}

	private static List<String> joiningArguments(ApplicationContext first, int port, Path dataDir,
			String simulatedDuration) throws SQLException {
		HikariDataSource database = first.getBean(DataSource.class).unwrap(HikariDataSource.class);
		SimpleDriverDataSource owner = (SimpleDriverDataSource) Objects
			.requireNonNull(TestInfrastructure.ownerJdbc().getDataSource());
		String engine = "http://127.0.0.1:" + TestInfrastructure.enginePort();
		return List.of("--server.port=" + port, "--changeflow.data-dir=" + dataDir,
				"--changeflow.engine.embedded=false",
				"--changeflow.engine.epoch=" + first.getBean(EngineEpoch.class).id(),
				"--camunda.client.grpc-address=" + engine, "--camunda.client.rest-address=" + engine,
				"--changeflow.database.embedded=false", "--spring.datasource.url=" + database.getJdbcUrl(),
				"--spring.datasource.username=" + database.getUsername(),
				"--spring.datasource.password=" + Objects.toString(database.getPassword(), ""),
				"--spring.flyway.user=" + owner.getUsername(),
				"--spring.flyway.password=" + Objects.toString(owner.getPassword(), ""), "--changeflow.demo.seed=false",
				"--spring.modulith.events.republish-outstanding-events-on-restart=false",
				"--changeflow.executor.simulated.duration=" + simulatedDuration,
				"--changeflow.executor.webhook.secret=" + TestInfrastructure.WEBHOOK_SECRET);
	}

	/** A replica in a process of its own, which a test can kill. */
	private Process startReplicaProcess(int port, Path dataDir) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path"), ChangeflowApplication.class.getName()));
		command.addAll(joiningArguments(this.replicaA, port, dataDir, "PT3S"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("app.log").toFile()))
			.start();
		HttpClient http = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
		while (Instant.now().isBefore(deadline) && process.isAlive()) {
			try {
				HttpResponse<String> health = http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
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
		throw new IllegalStateException("The replica did not become ready; see " + dataDir.resolve("app.log"));
	}

}
