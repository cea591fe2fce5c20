package io.changeflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a run measured: {@code report.md} for people, {@code report.json} (with the
 * machine's facts) for tools. Targets are checked here, so a missed one is marked in the
 * report itself; why it was missed is in {@code bench/NOTES.md}, which the report
 * includes.
 */
final class Report {

	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private final Benchmark.Settings settings;

	private final Instant started = Instant.now();

	private final long startedNanos = System.nanoTime();

	private final List<Level> levels = new ArrayList<>();

	private double bareRate;

	private Latencies bareLatencies;

	private long residentMegabytes;

	private Duration cold;

	private Duration warm;

	private int openBeforeRestart;

	private int openAfterRestart;

	private JsonNode frontend;

	Report(Benchmark.Settings settings) {
		this.settings = settings;
	}

	void bare(double perSecond, Latencies latencies) {
		this.bareRate = perSecond;
		this.bareLatencies = latencies;
		Benchmark.log("bare engine: %.1f standard changes closed/s".formatted(perSecond));
	}

	void level(Level level) {
		this.levels.add(level);
		Benchmark.log(String.format(Locale.ROOT,
				"%d open tasks: %.1f closed/s (ratio %.2f); handover p95 api %.0f ms, live %.0f ms; "
						+ "submit->ready p95 %.0f ms; inbox p95 %.0f ms",
				level.openTasks(), level.saturation().perSecond(), level.saturation().perSecond() / this.bareRate,
				level.handover().api().summary().p95(), level.handover().live().summary().p95(),
				level.submitToReady().summary().p95(), level.inbox().mine().summary().p95()));
	}

	void memory(long megabytes) {
		this.residentMegabytes = megabytes;
	}

	void startUp(Duration cold, Duration warm, int openBefore, int openAfter) {
		this.cold = cold;
		this.warm = warm;
		this.openBeforeRestart = openBefore;
		this.openAfterRestart = openAfter;
	}

	void frontend(JsonNode measured) {
		this.frontend = measured;
	}

	void write() throws IOException {
		Path directory = this.settings.output();
		Files.createDirectories(directory);
		Files.writeString(directory.resolve("report.json"), JSON.writeValueAsString(json()));
		Path markdown = directory.resolve("report.md");
		Files.writeString(markdown, markdown());
		Benchmark.log("wrote " + markdown + " and report.json");
		if (this.openAfterRestart != this.openBeforeRestart) {
			throw new IllegalStateException("Open tasks before the restart: %d, after: %d"
				.formatted(this.openBeforeRestart, this.openAfterRestart));
		}
	}

	private String markdown() throws IOException {
		StringBuilder md = new StringBuilder();
		Map<String, String> machine = machine();
		md.append("# Changeflow benchmark\n\n");
		md.append(
				"Produced by `./changeflow bench`%s on %s in %d s (commit %s). Machine: %s, %s cores, %s RAM; %s; %s.\n\n"
					.formatted(this.settings.smoke() ? " --smoke" : "", this.started.truncatedTo(ChronoUnit.SECONDS),
							(System.nanoTime() - this.startedNanos) / 1_000_000_000, machine.get("commit"),
							machine.get("cpu"), machine.get("cores"), machine.get("memory"), machine.get("jvm"),
							machine.get("os")));
		md.append(("The app runs as `./changeflow run` does (default mode: embedded engine with RocksDB state and an "
				+ "fsynced log, embedded PostgreSQL) on a fresh data directory, with the simulated release executor "
				+ "at zero delay. Latencies in ms (nearest-rank percentiles); each phase of %d s keeps %d standard "
				+ "changes in flight; %d samples per latency and level.\n\n")
			.formatted(this.settings.saturation().toSeconds(), this.settings.inFlight(), this.settings.samples()));
		md.append("## Targets\n\n| target | measured | |\n|---|---|---|\n");
		Level last = this.levels.getLast();
		target(md, "app / bare engine throughput ≥ 0.5",
				"%.2f at %d open tasks".formatted(ratio(last), last.openTasks()),
				this.levels.stream().allMatch((level) -> ratio(level) >= 0.5));
		target(md, "decision → next task visible p95 < 200 ms, every size", worst("handover"),
				this.levels.stream().allMatch((level) -> level.handover().api().summary().p95() < 200));
		target(md, "submit → ready p95 < 300 ms, every size", worst("ready"),
				this.levels.stream().allMatch((level) -> level.submitToReady().summary().p95() < 300));
		target(md, "inbox p95 < 50 ms at the largest size",
				"%.0f ms (list), %.0f ms (count) at %d open tasks".formatted(
						Math.max(last.inbox().mine().summary().p95(), last.inbox().groups().summary().p95()),
						last.inbox().count().summary().p95(), last.openTasks()),
				Math.max(last.inbox().mine().summary().p95(), last.inbox().groups().summary().p95()) < 50
						&& last.inbox().count().summary().p95() < 50);
		target(md, "restart to ready < 20 s with the open work",
				"%.1f s with %d open tasks".formatted(this.warm.toMillis() / 1000.0, this.openBeforeRestart),
				this.warm.toSeconds() < 20);
		target(md, "resident memory after the load < 1 GiB", this.residentMegabytes + " MB",
				this.residentMegabytes < 1024);
		md.append("\n## 1. App versus bare engine (standard change filed → released → closed)\n\n");
		md.append(
				"| open tasks | closed changes | app: closed/s | bare engine: closed/s | ratio | app path p50 | p95 | p99 |\n");
		md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Level level : this.levels) {
			Latencies.Summary path = level.saturation().wholePath().summary();
			md.append(String.format(Locale.ROOT, "| %,d | %,d | %.1f | %.1f | %.2f | %s | %s | %s |%n",
					level.openTasks(), level.closedChanges(), level.saturation().perSecond(), this.bareRate,
					ratio(level), ms(path.p50()), ms(path.p95()), ms(path.p99())));
		}
		Latencies.Summary bare = this.bareLatencies.summary();
		md.append("\nBare engine (fresh, same models, no-op workers, executions finish at once): one standard change "
				+ "from start to closed p50 %s, p95 %s, p99 %s ms.\n".formatted(ms(bare.p50()), ms(bare.p95()),
						ms(bare.p99())));
		md.append("\n## 2. Latency per data size\n\n");
		md.append("| open tasks | what | samples | p50 | p95 | p99 | max |\n|---:|---|---:|---:|---:|---:|---:|\n");
		for (Level level : this.levels) {
			row(md, level, "manager accepts → CAB member sees the vote (API)", level.handover().api());
			row(md, level, "manager accepts → CAB member told (live stream)", level.handover().live());
			row(md, level, "standard change: submit → ready for release (alone)", level.submitToReady());
			row(md, level, "standard change: submit → ready for release (under load)",
					level.saturation().submitToReady());
			row(md, level, "inbox: my tasks (first page)", level.inbox().mine());
			row(md, level, "inbox: my groups' tasks (first page)", level.inbox().groups());
			row(md, level, "inbox: count (badge)", level.inbox().count());
		}
		md.append(("\nLargest inbox response at the largest size: %,d bytes. The inbox is read as `manager` (group "
				+ "reviews), `cab1` and `person10` (CAB votes) and `person1` (nothing); %d people in %d teams.\n")
			.formatted(last.inbox().largestBody(), DataSeed.PEOPLE, DataSeed.GROUPS));
		md.append("\n## 3. Start-up and memory\n\n| | |\n|---|---:|\n");
		md.append("| cold start (fresh data directory: creates the database) | %.1f s |\n"
			.formatted(this.cold.toMillis() / 1000.0));
		md.append("| warm start (%,d open tasks, %,d closed changes) | %.1f s |\n".formatted(this.openBeforeRestart,
				last.closedChanges(), this.warm.toMillis() / 1000.0));
		md.append("| open tasks after the restart | %,d |\n".formatted(this.openAfterRestart));
		md.append("| resident memory of the app's JVM after the load | %d MB |\n".formatted(this.residentMegabytes));
		md.append("\n## 4. Impact analysis\n\nNot measured: the CMDB issue (impact analysis over 100,000 CIs) has not "
				+ "landed.\n");
		md.append("\n## 5. Web UI (headless Chromium, `cab1`'s inbox)\n\n");
		md.append(frontendMarkdown());
		Path notes = this.settings.root().resolve("bench/NOTES.md");
		if (Files.exists(notes)) {
			md.append("\n").append(Files.readString(notes));
		}
		return md.toString();
	}

	private String frontendMarkdown() {
		if (this.frontend == null || this.frontend.has("skipped")) {
			return "Not measured: %s.\n"
				.formatted((this.frontend == null) ? "not run" : this.frontend.path("skipped").asText());
		}
		JsonNode js = this.frontend.path("initialJs");
		return String.format(Locale.ROOT, """
				| | |
				|---|---:|
				| initial JavaScript (decoded) | %,d bytes |
				| initial JavaScript over the wire | %,d bytes |
				| initial JavaScript, gzip -9 | %,d bytes |
				| first visit: navigation → inbox rows, p50 / p95 | %s / %s ms |
				| next visit (cache filled): p50 / p95 | %s / %s ms |
				| next visit: requests served from the cache | %d of %d |
				""", js.path("decodedBytes").asLong(), js.path("wireBytes").asLong(), js.path("gzipBytes").asLong(),
				ms(this.frontend.path("coldMs").path("p50").asDouble()),
				ms(this.frontend.path("coldMs").path("p95").asDouble()),
				ms(this.frontend.path("warmMs").path("p50").asDouble()),
				ms(this.frontend.path("warmMs").path("p95").asDouble()), this.frontend.path("warmFromCache").asInt(),
				this.frontend.path("warmRequests").asInt());
	}

	private String worst(String which) {
		Level worst = null;
		double p95 = -1;
		for (Level level : this.levels) {
			double value = which.equals("handover") ? level.handover().api().summary().p95()
					: level.submitToReady().summary().p95();
			if (value > p95) {
				p95 = value;
				worst = level;
			}
		}
		return "worst p95 %.0f ms (at %d open tasks)".formatted(p95, worst.openTasks());
	}

	private double ratio(Level level) {
		return (this.bareRate > 0) ? level.saturation().perSecond() / this.bareRate : 0;
	}

	private static void target(StringBuilder md, String target, String measured, boolean met) {
		md.append("| %s | %s | %s |%n".formatted(target, measured, met ? "met" : "**missed**"));
	}

	private static void row(StringBuilder md, Level level, String what, Latencies latencies) {
		md.append("| %,d | %s | %s |%n".formatted(level.openTasks(), what, latencies.summary().cells()));
	}

	private static String ms(double value) {
		if (Double.isNaN(value)) {
			return "–";
		}
		return String.format(Locale.ROOT, (value < 10) ? "%.1f" : "%.0f", value);
	}

	private JsonNode json() throws IOException {
		ObjectNode root = JSON.createObjectNode();
		root.set("machine", JSON.valueToTree(machine()));
		root.put("started", this.started.toString());
		root.put("seconds", (System.nanoTime() - this.startedNanos) / 1_000_000_000);
		root.set("settings",
				JSON.valueToTree(Map.of("smoke", this.settings.smoke(), "levels", this.settings.levels(), "history",
						this.settings.history(), "phaseSeconds", this.settings.saturation().toSeconds(), "inFlight",
						this.settings.inFlight(), "samples", this.settings.samples())));
		root.set("bareEngine",
				JSON.valueToTree(Map.of("closedPerSecond", this.bareRate, "latencyMs", this.bareLatencies.summary())));
		var levels = root.putArray("levels");
		for (Level level : this.levels) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("openTasks", level.openTasks());
			row.put("closedChanges", level.closedChanges());
			row.put("closedPerSecond", level.saturation().perSecond());
			row.put("ratioToBareEngine", ratio(level));
			row.put("wholePathMs", level.saturation().wholePath().summary());
			row.put("submitToReadyUnderLoadMs", level.saturation().submitToReady().summary());
			row.put("submitToReadyMs", level.submitToReady().summary());
			row.put("handoverApiMs", level.handover().api().summary());
			row.put("handoverLiveMs", level.handover().live().summary());
			row.put("inboxMineMs", level.inbox().mine().summary());
			row.put("inboxGroupsMs", level.inbox().groups().summary());
			row.put("inboxCountMs", level.inbox().count().summary());
			row.put("inboxLargestBodyBytes", level.inbox().largestBody());
			levels.add(JSON.valueToTree(row));
		}
		root.set("startUp", JSON.valueToTree(Map.of("coldMs", this.cold.toMillis(), "warmMs", this.warm.toMillis(),
				"openTasksBefore", this.openBeforeRestart, "openTasksAfter", this.openAfterRestart)));
		root.put("residentMegabytesAfterLoad", this.residentMegabytes);
		root.set("frontend", this.frontend);
		return root;
	}

	private static Map<String, String> machine() throws IOException {
		Map<String, String> machine = new LinkedHashMap<>();
		machine.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
		machine.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
		String memTotal = firstValue(Path.of("/proc/meminfo"), "MemTotal");
		machine.put("memory", memTotal.isEmpty() ? "?"
				: "%d GiB".formatted(Math.round(Long.parseLong(memTotal.replaceAll("\\D", "")) / 1024.0 / 1024.0)));
		machine.put("jvm", "%s %s".formatted(System.getProperty("java.vm.name"), System.getProperty("java.version")));
		machine.put("os", "%s %s %s".formatted(System.getProperty("os.name"), System.getProperty("os.version"),
				System.getProperty("os.arch")));
		machine.put("commit", command("git", "rev-parse", "--short", "HEAD"));
		return machine;
	}

	private static String firstValue(Path file, String key) throws IOException {
		if (!Files.exists(file)) {
			return "";
		}
		return Files.readAllLines(file)
			.stream()
			.filter((line) -> line.startsWith(key))
			.map((line) -> line.substring(line.indexOf(':') + 1).strip())
			.findFirst()
			.orElse("");
	}

	private static String command(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(process.getInputStream().readAllBytes()).strip();
			return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : "?";
		}
		catch (IOException ex) {
			return "?";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "?";
		}
	}

	/**
	 * What one data size measured.
	 *
	 * @param openTasks open tasks in the inbox (and the engine)
	 * @param closedChanges closed changes in the history
	 * @param saturation the throughput phase
	 * @param submitToReady submit to ready, one at a time
	 * @param handover decision to the next person's task
	 * @param inbox the inbox reads
	 */
	record Level(int openTasks, long closedChanges, AppLoad.Saturation saturation, Latencies submitToReady,
			AppLoad.Handover handover, Inbox inbox) {
	}

}
