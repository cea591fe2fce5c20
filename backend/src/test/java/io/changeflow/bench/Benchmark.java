package io.changeflow.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.changeflow.engine.BareEngineRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark an operator runs with {@code ./changeflow bench}: starts the built app in
 * the default mode on a fresh data directory, loads it over loopback, grows its data,
 * restarts it, stops it, and writes {@code bench/report.md} and
 * {@code bench/report.json}. Side by side in the same run, the bare embedded engine runs
 * the same BPMN models with no-op workers, for the app-versus-engine ratio.
 * {@code -Dbench.smoke=true} runs tiny sizes in a couple of minutes (CI), writing to
 * {@code backend/target/bench-smoke/}.
 */
public final class Benchmark {

	private Benchmark() {
	}

	public static void main(String[] args) {
		try {
			run(Settings.fromSystemProperties());
		}
		catch (Throwable failure) {
			failure.printStackTrace();
			// Otherwise the load threads and the database pool keep the JVM, and the
			// build
			// waiting for it, alive.
			System.exit(1);
		}
		System.exit(0);
	}

	private static void run(Settings settings) throws Exception {
		Path root = settings.root();
		Path work = Files.createTempDirectory("changeflow-bench");
		Report report = new Report(settings);
		try {
			bareEngine(settings, report);
			app(settings, root, work, report);
			report.write();
		}
		finally {
			keepLogs(work.resolve("app"), root.resolve("backend/target/bench-logs"));
			AppUnderTest.deleteQuietly(work);
		}
	}

	private static void bareEngine(Settings settings, Report report) throws Exception {
		log("bare engine: the app's models, no-op workers, %d in flight".formatted(settings.inFlight()));
		try (BareEngineRun engine = BareEngineRun.start()) {
			engine.saturate(settings.warmUp(), settings.inFlight());
			BareEngineRun.Saturation run = engine.saturate(settings.saturation(), settings.inFlight());
			report.bare(run.perSecond(), Latencies.of(run.latencies()));
		}
	}

	private static void app(Settings settings, Path root, Path work, Report report) throws Exception {
		String password = "bench-" + Long.toHexString(System.nanoTime());
		try (AppUnderTest app = AppUnderTest.fresh(root, work.resolve("app"), password)) {
			Duration cold = app.start();
			log("app ready (cold: fresh data directory) in %d ms".formatted(cold.toMillis()));
			// A small pool: a new connection per query would cost the machine a process
			// fork
			// each.
			HikariDataSource pool = new HikariDataSource();
			pool.setJdbcUrl(app.jdbcUrl());
			pool.setUsername("postgres");
			pool.setMaximumPoolSize(4);
			JdbcTemplate jdbc = new JdbcTemplate(pool);
			DataSeed seed;
			try (AppLoad load = new AppLoad(app.port(), password, jdbc)) {
				seed = new DataSeed(load);
				load.saturate(settings.warmUp(), settings.inFlight());
				seed.people();
				for (int level : settings.levels()) {
					if (level > 0) {
						long started = System.nanoTime();
						int reached = seed.openTasksUpTo(level, 4);
						log("open tasks: %d (filled in %d s)".formatted(reached,
								(System.nanoTime() - started) / 1_000_000_000));
					}
					if (level == settings.levels().getLast() && settings.history() > 0) {
						long started = System.nanoTime();
						seed.closedHistory(settings.history());
						log("closed history: %d changes (%d s)".formatted(settings.history(),
								(System.nanoTime() - started) / 1_000_000_000));
					}
					report.level(measure(settings, load, seed));
				}
				report.memory(app.residentMegabytes());
			}
			int openBefore = seed.openTasks();
			app.stop();
			Duration warm = app.start();
			log("app ready (warm: %d open tasks) in %d ms".formatted(openBefore, warm.toMillis()));
			report.startUp(cold, warm, openBefore, seed.openTasks());
			pool.close();
			report.frontend(Frontend.measure(root, app.port(), password, settings));
		}
	}

	private static Report.Level measure(Settings settings, AppLoad load, DataSeed seed) throws Exception {
		int open = seed.openTasks();
		long closedChanges = load.jdbc()
			.queryForObject("select count(*) from change_request where state = 'CLOSED'", Long.class);
		log("measuring at %d open tasks, %d closed changes".formatted(open, closedChanges));
		AppLoad.Saturation saturation = load.saturate(settings.saturation(), settings.inFlight());
		Latencies submitToReady = load.submitToReady(settings.samples());
		AppLoad.Handover handover = load.approvalHandover(settings.samples());
		Inbox inbox = Inbox.measure(load, settings.samples() * 2);
		return new Report.Level(open, closedChanges, saturation, submitToReady, handover, inbox);
	}

	/** The app's logs outlive the run's data, for a look at what happened. */
	private static void keepLogs(Path from, Path to) throws java.io.IOException {
		if (!Files.isDirectory(from)) {
			return;
		}
		Files.createDirectories(to);
		try (var logs = Files.list(from)) {
			for (Path log : logs.filter((file) -> file.toString().endsWith(".log")).toList()) {
				Files.copy(log, to.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	static void log(String line) {
		System.out.println("[bench] " + line);
	}

	/**
	 * The sizes and durations of a run.
	 *
	 * @param smoke tiny sizes, for CI
	 * @param root the repository
	 * @param levels the numbers of open tasks to measure at
	 * @param history closed changes added before the last level
	 * @param saturation how long each throughput phase runs
	 * @param warmUp how long the unreported warm-up runs
	 * @param inFlight standard changes kept in flight
	 * @param samples samples of each latency per level
	 */
	record Settings(boolean smoke, Path root, List<Integer> levels, int history, Duration saturation, Duration warmUp,
			int inFlight, int samples) {

		static Settings fromSystemProperties() {
			boolean smoke = Boolean.getBoolean("bench.smoke");
			// Maven runs it in the repository (one level up from backend/ when run from
			// there).
			Path here = Path.of("").toAbsolutePath();
			Path root = Path.of(System.getProperty("bench.root",
					Files.exists(here.resolve("changeflow")) ? here.toString() : here.getParent().toString()));
			List<Integer> levels = new ArrayList<>();
			for (String level : System.getProperty("bench.levels", smoke ? "0,20" : "0,1000,10000").split(",")) {
				levels.add(Integer.parseInt(level.strip()));
			}
			return new Settings(smoke, root, List.copyOf(levels),
					Integer.getInteger("bench.history", smoke ? 500 : 100_000),
					Duration.ofSeconds(Long.getLong("bench.seconds", smoke ? 10 : 30)),
					Duration.ofSeconds(smoke ? 5 : 10), Integer.getInteger("bench.in-flight", 8),
					Integer.getInteger("bench.samples", smoke ? 5 : 30));
		}

		Path output() {
			return this.smoke ? this.root.resolve("backend/target/bench-smoke") : this.root.resolve("bench");
		}

	}

}
