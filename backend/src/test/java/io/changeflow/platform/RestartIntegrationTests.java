package io.changeflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.ChangeflowApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The default mode as a person uses it: start, stop, start again on the same data
 * directory. The data survives, the seeding happens once, and a stop leaves nothing
 * listening or running.
 */
@ExtendWith(OutputCaptureExtension.class)
class RestartIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void aRestartKeepsTheDataAndSeedsOnce(CapturedOutput output) throws IOException {
		int enginePort = freePort();
		int databasePort = freePort();

		try (ConfigurableApplicationContext first = start(enginePort, databasePort)) {
			JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
			jdbc.update("insert into configuration_item (id, ci_key, name, type, environment, criticality, owner_group,"
					+ " created_at) values (gen_random_uuid(), 'CI-90000', 'added before restart', 'SERVER', 'prod',"
					+ " 'LOW', 'platform', now())");
			assertThat(counts(jdbc)).containsExactly(10, 11);
		}
		assertThat(output.getOut()).containsOnlyOnce("Demo users created");
		assertThat(portIsFree(enginePort)).as("engine port free after stop").isTrue();
		assertThat(portIsFree(databasePort)).as("database port free after stop").isTrue();
		assertThat(this.dataDir.resolve("postgres/postmaster.pid")).as("PostgreSQL stopped").doesNotExist();

		try (ConfigurableApplicationContext second = start(enginePort, databasePort)) {
			JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
			assertThat(counts(jdbc)).containsExactly(10, 11);
			assertThat(
					jdbc.queryForObject("select name from configuration_item where ci_key = 'CI-90000'", String.class))
				.isEqualTo("added before restart");
		}
		assertThat(output.getOut()).containsOnlyOnce("Demo users created");
		assertThat(Files.exists(this.dataDir.resolve("postgres/PG_VERSION"))).isTrue();
	}

	private ConfigurableApplicationContext start(int enginePort, int databasePort) {
		// Command-line arguments, as a person would pass them: they outrank
		// application.yml.
		return new SpringApplicationBuilder(ChangeflowApplication.class).run("--server.port=0",
				"--changeflow.data-dir=" + this.dataDir, "--changeflow.engine.port=" + enginePort,
				"--changeflow.database.port=" + databasePort);
	}

	private static Integer[] counts(JdbcTemplate jdbc) {
		return new Integer[] { jdbc.queryForObject("select count(*) from app_user", Integer.class),
				jdbc.queryForObject("select count(*) from configuration_item", Integer.class) };
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static boolean portIsFree(int port) {
		try (ServerSocket socket = new ServerSocket(port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
