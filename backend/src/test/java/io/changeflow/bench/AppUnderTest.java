package io.changeflow.bench;

import io.changeflow.testing.RunningApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The app as an operator runs it: {@code ./changeflow run} in the default mode (embedded
 * engine and PostgreSQL), in its own process on a data directory of its own, on free
 * loopback ports. Knows how long it took to be ready and how much memory it holds.
 */
final class AppUnderTest implements AutoCloseable {

	private static final String READY = "Changeflow ready at";

	private final Path root;

	private final Path dataDir;

	private final Map<String, String> environment;

	private final int port;

	private final int dbPort;

	private Process process;

	private Path log;

	private int starts;

	private AppUnderTest(Path root, Path dataDir, Map<String, String> environment, int port, int dbPort) {
		this.root = root;
		this.dataDir = dataDir;
		this.environment = environment;
		this.port = port;
		this.dbPort = dbPort;
	}

	/** A new app on an empty data directory, not yet started. */
	static AppUnderTest fresh(Path root, Path workDir, String password) throws IOException {
		Path dataDir = workDir.resolve("data");
		Files.createDirectories(workDir);
		// PostgreSQL runs as nobody when started as root: it must be able to enter the
		// path.
		workDir.toFile().setExecutable(true, false);
		workDir.toFile().setReadable(true, false);
		int port = RunningApp.freePort();
		int dbPort = RunningApp.freePort();
		Map<String, String> environment = new HashMap<>();
		environment.put("SERVER_PORT", String.valueOf(port));
		environment.put("CHANGEFLOW_DATA_DIR", dataDir.toString());
		environment.put("CHANGEFLOW_ENGINE_PORT", String.valueOf(RunningApp.freePort()));
		environment.put("CHANGEFLOW_DB_PORT", String.valueOf(dbPort));
		environment.put("CHANGEFLOW_DEMO_PASSWORD", password);
		// The simulated release executor at zero delay: the benchmark measures
		// Changeflow, not
		// pipelines.
		environment.put("CHANGEFLOW_EXECUTOR_SIMULATED_DURATION", "PT0S");
		// The jar the benchmark was built with, even if sources change while it runs.
		environment.put("CHANGEFLOW_SKIP_BUILD", "1");
		return new AppUnderTest(root, dataDir, environment, port, dbPort);
	}

	/**
	 * Starts the app and waits for its "ready" line.
	 * @return the time from starting the launcher to ready
	 */
	Duration start() throws IOException, InterruptedException {
		this.starts++;
		this.log = this.dataDir.getParent().resolve("app-" + this.starts + ".log");
		ProcessBuilder builder = new ProcessBuilder(this.root.resolve("changeflow").toString(), "run")
			.directory(this.root.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.log.toFile());
		builder.environment().putAll(this.environment);
		long started = System.nanoTime();
		this.process = builder.start();
		long deadline = started + Duration.ofMinutes(5).toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.readString(this.log).contains(READY)) {
				return Duration.ofNanos(System.nanoTime() - started);
			}
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The app exited before it was ready:\n" + tail(this.log));
			}
			Thread.sleep(50);
		}
		throw new IllegalStateException("The app was not ready after 5 minutes:\n" + tail(this.log));
	}

	private static String tail(Path log) throws IOException {
		var lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	/** Stops it as Ctrl-C would, and waits until it has. */
	void stop() throws InterruptedException {
		if (this.process == null) {
			return;
		}
		this.process.destroy();
		if (!this.process.waitFor(60, TimeUnit.SECONDS)) {
			this.process.destroyForcibly().waitFor();
		}
		this.process = null;
	}

	/** Resident memory of the app's JVM (its database runs in processes of its own). */
	long residentMegabytes() {
		try {
			return Files.readAllLines(Path.of("/proc", String.valueOf(this.process.pid()), "status"))
				.stream()
				.filter((line) -> line.startsWith("VmRSS:"))
				.mapToLong((line) -> Long.parseLong(line.replaceAll("\\D", "")) / 1024)
				.findFirst()
				.orElse(-1);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	int port() {
		return this.port;
	}

	String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.dbPort + "/changeflow";
	}

	Path log() {
		return this.log;
	}

	@Override
	public void close() {
		try {
			stop();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void deleteQuietly(Path directory) {
		try {
			org.springframework.util.FileSystemUtils.deleteRecursively(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
