package io.changeflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.ChangeflowApplication;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The default mode with its database frozen for 20 s (SIGSTOP) and then killed (SIGKILL):
 * requests answer 503 Problem Details with Retry-After within 5 s, readiness is DOWN,
 * sign-in says the service is unavailable, the app is back within 10 s of the database
 * (restarting a killed one itself), and nothing was half-written. Runs its own app on its
 * own data directory, so killing its PostgreSQL touches no other test.
 */
class DatabaseFaultsIntegrationTests {

	private static final String PASSWORD = "test-Password-1";

	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(5);

	private static final Duration RECOVER_WITHIN = Duration.ofSeconds(10);

	@TempDir
	Path dataDir;

	private int created;

	@Test
	void aFrozenAndAKilledDatabaseAnswer503FastAndTheAppRecovers() throws Exception {
		try (ConfigurableApplicationContext app = start()) {
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			ApiSession admin = new ApiSession(port).login("admin", PASSWORD);
			int windowsBefore = windows(jdbc);
			Response healthy = createWindow(admin);
			assertThat(healthy.status()).isEqualTo(201);
			countIfCreated(healthy);

			List<ProcessHandle> frozen = postgres();
			signal("STOP", frozen);
			long frozenAt = System.nanoTime();
			try {
				assertOutage(admin, port);
				sleepUntil(frozenAt, Duration.ofSeconds(20));
				assertOutage(admin, port);
			}
			finally {
				signal("CONT", frozen);
			}
			System.out.printf("Database frozen 20 s: back %d ms after SIGCONT%n", recover(admin, port).toMillis());

			long serverPid = postgres().getFirst().pid();
			signal("KILL", postgres());
			Response whileDead = timed("request after SIGKILL", () -> createWindow(admin));
			assertThat(whileDead.status()).as(whileDead.toString()).isIn(201, 503);
			countIfCreated(whileDead);
			System.out.printf("Database killed: back %d ms after SIGKILL%n", recover(admin, port).toMillis());
			assertThat(postgres().getFirst().pid()).as("a new PostgreSQL").isNotEqualTo(serverPid);

			assertThat(windows(jdbc)).as("exactly the windows that were answered 201")
				.isEqualTo(windowsBefore + this.created);
		}
	}

	private void assertOutage(ApiSession admin, int port) {
		Response write = timed("write while frozen", () -> createWindow(admin));
		assertUnavailable(write);
		assertUnavailable(timed("read while frozen", () -> admin.get("/api/blackout-windows")));
		Response login = timed("login while frozen", () -> new ApiSession(port).tryLogin("manager", PASSWORD));
		assertUnavailable(login);
		assertThat(login.json().path("detail").asText()).doesNotContain("Wrong username");
		Response readiness = timed("readiness while frozen",
				() -> new ApiSession(port).get("/actuator/health/readiness"));
		assertThat(readiness.status()).as(readiness.toString()).isEqualTo(503);
		assertThat(readiness.body()).contains("DOWN");
	}

	private static void assertUnavailable(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(503);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.header("Retry-After")).isNotBlank();
	}

	/** Writes until a write succeeds and readiness is UP; how long that took. */
	private Duration recover(ApiSession admin, int port) throws InterruptedException {
		long start = System.nanoTime();
		while (true) {
			Response write = createWindow(admin);
			countIfCreated(write);
			if (write.status() == 201 && new ApiSession(port).get("/actuator/health/readiness").status() == 200) {
				Duration took = Duration.ofNanos(System.nanoTime() - start);
				assertThat(took).isLessThan(RECOVER_WITHIN);
				return took;
			}
			assertThat(Duration.ofNanos(System.nanoTime() - start)).as("recovered in time").isLessThan(RECOVER_WITHIN);
			Thread.sleep(200);
		}
	}

	private void countIfCreated(Response response) {
		if (response.status() == 201) {
			this.created++;
		}
	}

	private static Response timed(String what, Supplier<Response> request) {
		long start = System.nanoTime();
		Response response = request.get();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		System.out.printf("%s: %d after %d ms%n", what, response.status(), took.toMillis());
		assertThat(took).as(what).isLessThan(ANSWER_WITHIN);
		return response;
	}

	private static Response createWindow(ApiSession admin) {
		return admin.post("/api/blackout-windows",
				Map.of("name", "Freeze", "startsAt", "2030-01-01T00:00:00Z", "endsAt", "2030-01-02T00:00:00Z"));
	}

	private static int windows(JdbcTemplate jdbc) {
		return jdbc.queryForObject("select count(*) from blackout_window", Integer.class);
	}

	/** The postmaster of this test's data directory and its backends. */
	private List<ProcessHandle> postgres() throws IOException {
		long pid = Long
			.parseLong(Files.readAllLines(this.dataDir.resolve("postgres/postmaster.pid")).getFirst().strip());
		ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
		return Stream.concat(Stream.of(server), server.descendants()).toList();
	}

	private static void signal(String signal, List<ProcessHandle> processes) throws Exception {
		List<String> command = Stream
			.concat(Stream.of("kill", "-" + signal), processes.stream().map((process) -> String.valueOf(process.pid())))
			.toList();
		assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).as(String.join(" ", command)).isZero();
	}

	private static void sleepUntil(long startNanos, Duration duration) throws InterruptedException {
		long left = startNanos + duration.toNanos() - System.nanoTime();
		if (left > 0) {
			Thread.sleep(Duration.ofNanos(left));
		}
	}

	private ConfigurableApplicationContext start() throws IOException {
		return new SpringApplicationBuilder(ChangeflowApplication.class).run("--server.port=0",
				"--changeflow.data-dir=" + this.dataDir, "--changeflow.engine.port=" + freePort(),
				"--changeflow.database.port=" + freePort(), "--changeflow.demo.password=" + PASSWORD);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
