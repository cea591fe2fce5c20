package io.changeflow.cmdb;

import io.changeflow.bench.BenchPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Impact analysis at CMDB scale on a real PostgreSQL 17 (embedded, loopback): 100,000
 * items and 300,000 relations in the layers of a real estate (business services,
 * applications, services, databases, servers, storage, network), with cycles between peer
 * services. It measures the app's recursive query
 * ({@link ImpactAnalysis#REACHED_RELATIONS}) against a closure table (every ancestor and
 * descendant pair, kept up to date on each relation change) for 1, 10 and 100 starting
 * items, and prints p50 and p95 of each, plus what the closure table costs to build and
 * store. Run: <pre>
 * /work/slot ./mvnw -B -q -pl backend test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.changeflow.cmdb.ImpactBenchmark [-Dbench.items=100000] [-Dbench.rounds=40]
 * </pre>
 */
public final class ImpactBenchmark {

	private static final String CLOSURE_LOOKUP = """
			with reached as (select distinct descendant as id from ci_closure where ancestor = any(?))
			select r.source_id, r.type, r.target_id from reached join %s"""
		.formatted(ImpactAnalysis.ARROWS_OUT_OF_REACHED);

	private ImpactBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int items = Integer.getInteger("bench.items", 100_000);
		int rounds = Integer.getInteger("bench.rounds", 40);
		try (EmbeddedPostgres postgres = BenchPostgres.start("impact-bench",
				Map.of("shared_buffers", "512MB", "work_mem", "64MB"));
				Connection connection = postgres.getPostgresDatabase().getConnection()) {
			DataSource dataSource = new SingleConnectionDataSource(connection, true);
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			Estate estate = Estate.build(jdbc, items, new Random(42));
			System.out.printf(Locale.ROOT,
					"Impact analysis benchmark (PostgreSQL 17 embedded, %d cores): %,d items, %,d relations%n",
					Runtime.getRuntime().availableProcessors(), estate.keys().length, estate.relations());
			long started = System.nanoTime();
			jdbc.execute("""
					create table ci_closure as
					with recursive reach(ancestor, id) as (
					    select id, id from configuration_item
					  union
					    select reach.ancestor, %s from reach join %s
					)
					select ancestor, id as descendant from reach""".formatted(ImpactAnalysis.HURT,
					ImpactAnalysis.ARROWS_OUT_OF_REACHED.replace("reached.id", "reach.id")));
			jdbc.execute("create index ci_closure_ancestor on ci_closure (ancestor, descendant)");
			jdbc.execute("analyze");
			long closureRows = jdbc.queryForObject("select count(*) from ci_closure", Long.class);
			String closureSize = jdbc.queryForObject("select pg_size_pretty(pg_total_relation_size('ci_closure'))",
					String.class);
			System.out.printf(Locale.ROOT,
					"closure table: %,d rows, %s, built in %.1f s (rebuilt or patched on every" + " relation change)%n",
					closureRows, closureSize, (System.nanoTime() - started) / 1e9);
			System.out.printf(Locale.ROOT, "%-34s %8s %10s %10s %12s%n", "query", "starts", "p50 ms", "p95 ms",
					"reached");
			Random random = new Random(7);
			for (int starts : new int[] { 1, 10, 100 }) {
				List<String[]> samples = new ArrayList<>();
				for (int i = 0; i < rounds; i++) {
					samples.add(estate.randomKeys(random, starts));
				}
				measure(connection, "recursive query (the app's)", ImpactAnalysis.REACHED_RELATIONS, samples, false);
				measure(connection, "closure table", CLOSURE_LOOKUP, samples, true);
			}
		}
	}

	private static void measure(Connection connection, String name, String sql, List<String[]> samples, boolean byId)
			throws Exception {
		double[] millis = new double[samples.size()];
		long reached = 0;
		try (PreparedStatement statement = connection
			.prepareStatement(byId ? "select id from configuration_item where ci_key = any(?)" : sql);
				PreparedStatement closure = connection.prepareStatement(sql)) {
			for (int i = -3; i < samples.size(); i++) {
				String[] keys = samples.get(Math.max(0, i));
				long started = System.nanoTime();
				long rows = 0;
				Array array = connection.createArrayOf("text", keys);
				statement.setArray(1, array);
				try (ResultSet result = statement.executeQuery()) {
					if (byId) {
						List<UUID> ids = new ArrayList<>();
						while (result.next()) {
							ids.add(result.getObject(1, UUID.class));
						}
						closure.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
						try (ResultSet edges = closure.executeQuery()) {
							while (edges.next()) {
								rows++;
							}
						}
					}
					else {
						while (result.next()) {
							rows++;
						}
					}
				}
				if (i >= 0) { // the first three warm the caches
					millis[i] = (System.nanoTime() - started) / 1e6;
					reached += rows;
				}
			}
		}
		Arrays.sort(millis);
		System.out.printf(Locale.ROOT, "%-34s %8d %10.1f %10.1f %12.0f%n", name, samples.get(0).length,
				percentile(millis, 0.50), percentile(millis, 0.95), reached / (double) samples.size());
	}

	private static double percentile(double[] sorted, double p) {
		return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
	}

	/** A generated estate: layers from business services down to storage and network. */
	record Estate(String[] keys, int relations) {

		String[] randomKeys(Random random, int count) {
			String[] picked = new String[count];
			for (int i = 0; i < count; i++) {
				picked[i] = this.keys[random.nextInt(this.keys.length)];
			}
			return picked;
		}

		static Estate build(JdbcTemplate jdbc, int total, Random random) {
			jdbc.execute("""
					create table configuration_item (id uuid primary key, ci_key varchar(20) not null unique,
					    type varchar(40) not null, lifecycle_status varchar(20) not null default 'IN_SERVICE')""");
			jdbc.execute(
					"""
							create table ci_relation (id uuid primary key, source_id uuid not null, target_id uuid not null,
							    type varchar(20) not null, check (source_id <> target_id), unique (source_id, target_id, type))""");
			// Layer shares of 100,000: 1,000 business services, 9,000 applications,
			// 20,000 services,
			// 10,000 databases, 40,000 servers, 18,000 storage volumes, 2,000 network
			// devices.
			String[] names = { "BUSINESS_SERVICE", "APPLICATION", "SERVICE", "DATABASE", "SERVER", "STORAGE",
					"NETWORK" };
			double[] shares = { 0.01, 0.09, 0.20, 0.10, 0.40, 0.18, 0.02 };
			UUID[][] layers = new UUID[names.length][];
			List<String> keys = new ArrayList<>();
			List<Object[]> rows = new ArrayList<>();
			int number = 0;
			for (int layer = 0; layer < names.length; layer++) {
				layers[layer] = new UUID[Math.max(1, (int) Math.round(total * shares[layer]))];
				for (int i = 0; i < layers[layer].length; i++) {
					layers[layer][i] = UUID.randomUUID();
					String key = "CI-%06d".formatted(++number);
					keys.add(key);
					rows.add(new Object[] { layers[layer][i], key, names[layer] });
				}
			}
			jdbc.batchUpdate("insert into configuration_item (id, ci_key, type) values (?, ?, ?)", rows);
			List<Object[]> relations = new ArrayList<>();
			java.util.Set<String> seen = new java.util.HashSet<>();
			// source layer, target layer, relations per source item, type
			Object[][] plan = { { 1, 0, 1, "PART_OF" }, { 2, 1, 1, "PART_OF" }, { 1, 2, 3, "DEPENDS_ON" },
					{ 2, 4, 2, "RUNS_ON" }, { 2, 3, 1, "DEPENDS_ON" }, { 3, 4, 2, "RUNS_ON" },
					{ 4, 5, 2, "DEPENDS_ON" }, { 4, 6, 2, "CONNECTS_TO" }, { 2, 2, 0.2, "CONNECTS_TO" } };
			for (Object[] step : plan) {
				UUID[] sources = layers[(int) step[0]];
				UUID[] targets = layers[(int) step[1]];
				double perSource = ((Number) step[2]).doubleValue();
				for (UUID source : sources) {
					int count = (int) perSource + ((random.nextDouble() < perSource % 1) ? 1 : 0);
					for (int i = 0; i < count; i++) {
						UUID target = targets[random.nextInt(targets.length)];
						if (!target.equals(source) && seen.add(source + ">" + target + step[3])) {
							relations.add(new Object[] { UUID.randomUUID(), source, target, step[3] });
						}
					}
				}
			}
			jdbc.batchUpdate("insert into ci_relation (id, source_id, target_id, type) values (?, ?, ?, ?)", relations);
			jdbc.execute("create index ci_relation_target on ci_relation (target_id, source_id)");
			jdbc.execute("analyze");
			return new Estate(keys.toArray(String[]::new), relations.size());
		}

	}

}
