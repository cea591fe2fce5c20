package io.changeflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.ChangeflowApplication;
import io.changeflow.change.Rfcs;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.RunningApp;
import java.io.IOException;
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

	private final int httpPort = RunningApp.freePort();

	private final int enginePort = RunningApp.freePort();

	private final int databasePort = RunningApp.freePort();

	@Test
	void killDuringAVoteAndAWaveLosesAndRepeatsNothing() throws Exception {
		Process app = start();
		RunningApp people = new RunningApp(this.httpPort, PASSWORD, new JdbcTemplate(new DriverManagerDataSource(
				"jdbc:postgresql://127.0.0.1:" + this.databasePort + "/changeflow", "postgres", "")));
		try {
			String vote = people.submit(Rfcs.window(Rfcs.valid("Vote through a crash"), 48, 49));
			people.complete("manager", people.awaitTask(vote, "REVIEW_RFC", null), Map.of("decision", "accept"));
			people.complete("cab1", people.awaitTask(vote, "CAB_VOTE", "cab1"), Map.of("decision", "approve"));
			List<String> votesBefore = people.openTasks(vote);
			assertThat(votesBefore).hasSize(2);

			String release = Rollouts.started(people, "Through a crash");
			// The canary is being deployed (the simulated pipeline takes seconds): kill
			// now.
			Eventually.await("the canary deploying",
					() -> people.jdbc()
						.queryForObject("select count(*) from execution where release_key = ? and action = 'DEPLOY'",
								Integer.class, release),
					(running) -> running > 0);
			app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

			app = start();
			assertThat(people.openTasks(vote)).as("the same open votes, none lost or doubled").isEqualTo(votesBefore);
			assertThat(people.jdbc()
				.queryForList("select completed_by from human_task where business_key = ?"
						+ " and kind = 'CAB_VOTE' and state = 'COMPLETED'", String.class, vote))
				.as("the vote cast before the kill counts")
				.containsExactly("cab1");
			people.complete("cab2", people.awaitTask(vote, "CAB_VOTE", "cab2"), Map.of("decision", "approve"));
			people.complete("cab3", people.awaitTask(vote, "CAB_VOTE", "cab3"), Map.of("decision", "approve"));
			people.awaitChange(vote, "READY_FOR_RELEASE");

			// The deploy job the killed app held comes back once its timeout (60 s) runs
			// out.
			String goNoGo = Eventually.await("the go / no-go after the canary", () -> people.jdbc()
				.queryForList(
						"select id::text from human_task where business_key = ? and kind = 'GO_NO_GO' and state = 'OPEN'",
						String.class, release),
					(ids) -> !ids.isEmpty(), Duration.ofMinutes(3))
				.get(0);
			people.complete("releng", goNoGo, Map.of("decision", "go"));
			people.awaitRelease(release, "CLOSED");
			assertThat(people.jdbc()
				.queryForList("select wave from execution where release_key = ? and action = 'DEPLOY'", String.class,
						release))
				.as("each wave deployed once")
				.doesNotHaveDuplicates()
				.hasSize(4);
			assertThat(people.jdbc()
				.queryForObject("select count(*) from ci_history where release_key = ?", Integer.class, release))
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

}
