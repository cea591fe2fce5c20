package io.changeflow.engine;

import io.camunda.client.CamundaClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.FileSystemUtils;

/**
 * Compares the embedded engine's state stores side by side: instances/s of a short
 * process at saturation and the latency of "complete a job, the next job reaches its
 * worker", each with 0, 1,000 and 10,000 open instances waiting in a user task, then the
 * time a durable engine takes to restart with them. Prints a table and writes JSON. Run:
 * <pre>
 * /work/slot ./mvnw -B -q -pl backend test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.changeflow.engine.EngineStoreBenchmark [-Dbench.seconds=8] \
 *   [-Dbench.samples=100] [-Dbench.levels=0,1000,10000] [-Dbench.out=target/engine-benchmark.json] \
 *   [-Dbench.variants=old,memory,rocksdb,rocksdb-nofsync]
 * </pre>
 */
public final class EngineStoreBenchmark {

	private EngineStoreBenchmark() {
	}

	record Variant(String name, EngineStore store, boolean durable, boolean fsync) {
	}

	record Row(String variant, int open, double instancesPerSecond, double p50, double p95, double p99) {
	}

	public static void main(String[] args) throws Exception {
		Duration phase = Duration.ofSeconds(Long.getLong("bench.seconds", 8));
		int samples = Integer.getInteger("bench.samples", 100);
		int[] levels = Arrays.stream(System.getProperty("bench.levels", "0,1000,10000").split(","))
			.mapToInt(Integer::parseInt)
			.toArray();
		Path out = Path.of(System.getProperty("bench.out", "target/engine-benchmark.json"));
		Map<String, Variant> all = new LinkedHashMap<>();
		all.put("old", new Variant("memory, in-memory log (old)", EngineStore.MEMORY, false, false));
		all.put("memory", new Variant("memory, durable log", EngineStore.MEMORY, true, true));
		all.put("rocksdb", new Variant("rocksdb, durable log", EngineStore.ROCKSDB, true, true));
		all.put("rocksdb-nofsync", new Variant("rocksdb, durable log, no fsync", EngineStore.ROCKSDB, true, false));
		List<Variant> variants = Arrays
			.stream(System.getProperty("bench.variants", String.join(",", all.keySet())).split(","))
			.map(all::get)
			.toList();
		List<Row> rows = new ArrayList<>();
		List<String> restarts = new ArrayList<>();
		for (Variant variant : variants) {
			Path directory = Files.createTempDirectory("engine-bench");
			var settings = new EngineSettings(EngineFixture.freePort(), directory, variant.store(), variant.durable(),
					variant.fsync(), EngineSettings.DEFAULT_SEGMENT_BYTES);
			DurableEngine engine = DurableEngineFactory.create(settings);
			engine.start();
			int open = 0;
			try (CamundaClient client = EngineFixture.client(settings.port());
					BenchmarkLoad load = new BenchmarkLoad(client)) {
				load.deploy();
				load.throughput(Duration.ofSeconds(3)); // warm-up, not reported
				for (int level : levels) {
					load.openInstances(level - open);
					open = level;
					double rate = load.throughput(phase);
					double[] latencies = load.latencies(samples);
					Row row = new Row(variant.name(), level, rate, BenchmarkLoad.percentile(latencies, 50),
							BenchmarkLoad.percentile(latencies, 95), BenchmarkLoad.percentile(latencies, 99));
					rows.add(row);
					System.out.println(format(row));
				}
			}
			if (variant.durable()) {
				engine.stop();
				long started = System.nanoTime();
				engine = DurableEngineFactory.create(settings);
				engine.start();
				long millis = (System.nanoTime() - started) / 1_000_000;
				restarts.add("{\"variant\": \"%s\", \"open\": %d, \"restartMillis\": %d}".formatted(variant.name(),
						open, millis));
				System.out.printf("%s: restart with %d open instances ready in %d ms%n", variant.name(), open, millis);
			}
			engine.stop();
			FileSystemUtils.deleteRecursively(directory);
		}
		System.out.println();
		System.out.printf("%-32s %7s %10s %8s %8s %8s%n", "variant", "open", "inst/s", "p50 ms", "p95 ms", "p99 ms");
		rows.forEach((row) -> System.out.println(format(row)));
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, json(rows, restarts, phase, samples));
		System.out.println("Wrote " + out.toAbsolutePath());
	}

	private static String format(Row row) {
		return String.format(Locale.ROOT, "%-32s %7d %10.1f %8.2f %8.2f %8.2f", row.variant(), row.open(),
				row.instancesPerSecond(), row.p50(), row.p95(), row.p99());
	}

	private static String json(List<Row> rows, List<String> restarts, Duration phase, int samples) {
		StringBuilder json = new StringBuilder("{\n  \"machine\": {");
		json.append("\"cores\": %d, \"jvm\": \"%s %s\", \"os\": \"%s %s %s\", \"maxHeapMb\": %d},\n".formatted(
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
				System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.version"),
				System.getProperty("os.arch"), Runtime.getRuntime().maxMemory() / (1024 * 1024)));
		json.append("  \"phaseSeconds\": %d, \"latencySamples\": %d,\n".formatted(phase.toSeconds(), samples));
		json.append("  \"results\": [\n");
		for (int i = 0; i < rows.size(); i++) {
			Row r = rows.get(i);
			json.append(String.format(Locale.ROOT,
					"    {\"variant\": \"%s\", \"open\": %d, \"instancesPerSecond\": %.1f, \"p50Ms\": %.2f, \"p95Ms\": %.2f, \"p99Ms\": %.2f}%s%n",
					r.variant(), r.open(), r.instancesPerSecond(), r.p50(), r.p95(), r.p99(),
					(i < rows.size() - 1) ? "," : ""));
		}
		json.append("  ],\n  \"restarts\": [").append(String.join(", ", restarts)).append("]\n}\n");
		return json.toString();
	}

}
