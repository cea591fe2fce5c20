package io.changeflow.audit;

import io.changeflow.bench.BenchPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How fast the audit chain takes rows and how fast it verifies, on a real PostgreSQL 17
 * (embedded, loopback): events recorded per second with 1 and with 8 writers (each in its
 * own transaction, as every business transaction records its own), the single appender's
 * chaining rate, full verification in rows per second over the whole table, and
 * verification from a checkpoint near the head. Prints a table. Run: <pre>
 * /work/slot ./mvnw -B -q -pl backend test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.changeflow.audit.AuditBenchmark [-Dbench.appends=4000] [-Dbench.rows=200000]
 * </pre>
 */
public final class AuditBenchmark {

	private AuditBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int appends = Integer.getInteger("bench.appends", 4_000);
		int rows = Integer.getInteger("bench.rows", 200_000);
		try (EmbeddedPostgres postgres = BenchPostgres.start("audit-bench", Map.of("synchronous_commit", "on"))) {
			DataSource dataSource = new DriverManagerDataSource(postgres.getJdbcUrl("postgres", "postgres"));
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			createTables(jdbc);
			TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
			AuditAppender appender = new AuditAppender(jdbc, new DataSourceTransactionManager(dataSource));
			AuditLog log = new AuditLog(jdbc, new DataSourceTransactionManager(dataSource), appender);
			AuditVerifier verifier = new AuditVerifier(jdbc, new AuditRecords(jdbc));

			System.out.println("Audit chain benchmark (PostgreSQL 17 embedded, synchronous_commit on, "
					+ Runtime.getRuntime().availableProcessors() + " cores)");
			System.out.printf(Locale.ROOT, "%-52s %12s%n", "measure", "result");
			double one = recordRate(log, transactions, 1, appends / 4);
			System.out.printf(Locale.ROOT, "%-52s %9.0f /s%n", "record, 1 writer, 1 event per transaction", one);
			double eight = recordRate(log, transactions, 8, appends);
			System.out.printf(Locale.ROOT, "%-52s %9.0f /s%n", "record, 8 writers, 1 event per transaction", eight);
			long pending = jdbc.queryForObject("select count(*) from audit_pending", Long.class);
			long started = System.nanoTime();
			int chained = appender.drain();
			double chainRate = chained / ((System.nanoTime() - started) / 1e9);
			System.out.printf(Locale.ROOT, "%-52s %9.0f /s  (%d of %d pending)%n",
					"append to the chain (single appender, 500 per batch)", chainRate, chained, pending);
			fill(log, transactions, rows);
			started = System.nanoTime();
			appender.drain();
			System.out.printf(Locale.ROOT, "%-52s %9.0f /s%n", "append to the chain, " + rows + " rows",
					rows / ((System.nanoTime() - started) / 1e9));
			long total = jdbc.queryForObject("select count(*) from audit_event", Long.class);
			AuditVerification full = verifier.verify(true);
			if (!full.intact()) {
				throw new IllegalStateException("chain broken: " + full.broken());
			}
			System.out.printf(Locale.ROOT, "%-52s %9.0f /s  (%d rows in %d ms)%n", "verify from the first row",
					full.checkedRows() * 1000.0 / Math.max(1, full.millis()), full.checkedRows(), full.millis());
			ChainHead head = new AuditRecords(jdbc).head();
			jdbc.update("insert into audit_checkpoint (seq, hash, created_at, created_by, kind)"
					+ " values (?, ?, now(), 'bench', 'ON_DEMAND')", head.seq(), head.hash());
			recordRate(log, transactions, 1, 1_000);
			appender.drain();
			AuditVerification fromCheckpoint = verifier.verify(false);
			System.out.printf(Locale.ROOT, "%-52s %9d ms (%d of %d rows)%n", "verify from a checkpoint 1,000 rows back",
					fromCheckpoint.millis(), fromCheckpoint.checkedRows(), total + 1_000);
		}
	}

	private static double recordRate(AuditLog log, TransactionTemplate transactions, int writers, int total)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		long started = System.nanoTime();
		List<Future<?>> running = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			int writer = w;
			running.add(pool.submit(() -> {
				for (int i = 0; i < total / writers; i++) {
					int n = i;
					transactions.executeWithoutResult((status) -> log.on(event(writer, n)));
				}
				return null;
			}));
		}
		for (Future<?> future : running) {
			future.get();
		}
		pool.shutdown();
		return (total / writers * writers) / ((System.nanoTime() - started) / 1e9);
	}

	/** Many rows quickly: a thousand appends per transaction. */
	private static void fill(AuditLog log, TransactionTemplate transactions, int rows) {
		for (int done = 0; done < rows; done += 1_000) {
			int batch = done;
			transactions.executeWithoutResult((status) -> {
				for (int i = 0; i < 1_000; i++) {
					log.on(event(0, batch + i));
				}
			});
		}
	}

	private static DomainEvent event(int writer, int n) {
		return DomainEvent.of("VoteCast", "CHANGE", "CHG-%06d".formatted(n % 5_000))
			.by("cab" + (writer + 1))
			.touching(List.of("CI-00003", "CI-00009"))
			.after(Map.of("outcome", "approve", "comment", "Tested in staging, writer " + writer, "n", n))
			.correlatedBy(Map.of("task", "0b7c6f0e-3f7e-4a55-9c2e-5d1f1a2b3c4d", "kind", "CAB_VOTE"));
	}

	private static void createTables(JdbcTemplate jdbc) throws Exception {
		String migration = new String(
				AuditBenchmark.class.getResourceAsStream("/db/migration/V45__audit_event.sql").readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		// The tables and indexes only: the grants name the app's role and other tables.
		jdbc.execute(migration.substring(0, migration.indexOf("-- The app connects as")));
	}

}
