package io.changeflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.ChangeflowApplication;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.Eventually;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The embedded engine forgets its instances on restart; the app resumes every submitted
 * change at the step its row records, so the inbox works again and the change goes on.
 */
class ChangeRecoveryIntegrationTests {

	private static final String PASSWORD = "recovery-Password-1";

	@TempDir
	Path dataDir;

	@Test
	void aChangeWaitingForReviewSurvivesARestart() throws IOException {
		int enginePort = freePort();
		int databasePort = freePort();
		String key;
		try (ConfigurableApplicationContext first = start(enginePort, databasePort)) {
			ApiSession requester = session(first).login("requester", PASSWORD);
			var created = requester.post("/api/changes", Rfcs.valid("Upgrade checkout-api before the restart"));
			key = created.json().path("key").asText();
			assertThat(requester.post("/api/changes/" + key + "/submit", Map.of()).status()).isEqualTo(200);
			String changeKey = key;
			Eventually.await("review task before restart", () -> openReviews(first, changeKey), (open) -> open == 1);
		}

		try (ConfigurableApplicationContext second = start(enginePort, databasePort)) {
			String changeKey = key;
			Eventually.await("review task after restart", () -> openReviews(second, changeKey), (open) -> open == 1);
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForList("select state from human_task where business_key = ? order by created_at",
					String.class, key))
				.containsExactly("CANCELED", "OPEN");
			String taskId = jdbc.queryForObject(
					"select id::text from human_task where business_key = ? and state = 'OPEN'", String.class, key);

			ApiSession manager = session(second).login("manager", PASSWORD);
			var accepted = manager.post("/api/tasks/" + taskId + "/complete", Map.of("decision", "accept"));
			assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
			Eventually.await(key + " goes on to the CAB", () -> jdbc
				.queryForObject("select state from change_request where change_key = ?", String.class, changeKey),
					"AWAITING_CAB"::equals);
		}
	}

	private static int openReviews(ConfigurableApplicationContext context, String key) {
		return context.getBean(JdbcTemplate.class)
			.queryForObject("select count(*) from human_task where business_key = ? and kind = 'REVIEW_RFC'"
					+ " and state = 'OPEN'", Integer.class, key);
	}

	private static ApiSession session(ConfigurableApplicationContext context) {
		return new ApiSession(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
	}

	private ConfigurableApplicationContext start(int enginePort, int databasePort) {
		return new SpringApplicationBuilder(ChangeflowApplication.class).run("--server.port=0",
				"--changeflow.data-dir=" + this.dataDir, "--changeflow.engine.port=" + enginePort,
				"--changeflow.database.port=" + databasePort, "--changeflow.demo.password=" + PASSWORD);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
