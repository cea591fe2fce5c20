package io.changeflow.testing;

import io.camunda.client.CamundaClient;
import java.util.List;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts the database back to a freshly seeded state: every table emptied (except Flyway's,
 * and the record of the models deployed, which describes the engine that all tests of the
 * JVM share), then the demo seeders run again, as on a first start.
 */
final class DatabaseCleaner {

	private final JdbcTemplate jdbc;

	/** Emptying the audit log and restarting sequences takes the schema owner. */
	private final JdbcTemplate owner = TestInfrastructure.ownerJdbc();

	private final List<ApplicationRunner> seeders;

	DatabaseCleaner(JdbcTemplate jdbc, List<ApplicationRunner> seeders) {
		this.jdbc = jdbc;
		this.seeders = seeders;
	}

	/**
	 * Cancels the change and release processes of the last test first: keys start again
	 * at CHG-000001 (and REL-...-1) after the reset, and a leftover instance would take
	 * messages meant for a new one.
	 */
	void clean(CamundaClient engine) throws Exception {
		awaitOutbox();
		for (Long instance : this.jdbc.queryForList("""
				select process_instance_key from change_request where process_instance_key is not null
				union all
				select process_instance_key from software_release where process_instance_key is not null""",
				Long.class)) {
			try {
				engine.newCancelInstanceCommand(instance).send().join();
			}
			catch (RuntimeException ex) {
				// Already ended: nothing to cancel.
			}
		}
		clean();
	}

	/**
	 * Engine commands of the last test still on their way (a start after a submit) would
	 * start instances after the reset: wait until the outbox has delivered them.
	 */
	private void awaitOutbox() throws InterruptedException {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
		while (System.nanoTime() < deadline && this.jdbc
			.queryForObject("select count(*) from event_publication where completion_date is null", Long.class) > 0) {
			Thread.sleep(50);
		}
	}

	/**
	 * A job of the last test's canceled instances may still be writing when the next test
	 * starts; the truncate then deadlocks with it. PostgreSQL picks one side as the
	 * loser, so trying again once that job is done succeeds.
	 */
	private void truncate(String statement) throws InterruptedException {
		for (int attempt = 1;; attempt++) {
			try {
				this.owner.execute(statement);
				return;
			}
			catch (PessimisticLockingFailureException ex) {
				if (attempt == 5) {
					throw ex;
				}
				Thread.sleep(250L * attempt);
			}
		}
	}

	void clean() throws Exception {
		List<String> tables = this.owner.queryForList("""
				select quote_ident(tablename) from pg_tables
				where schemaname = 'public'
				and tablename not in ('flyway_schema_history', 'process_model', 'process_model_engine_version')""",
				String.class);
		if (!tables.isEmpty()) {
			truncate("truncate table " + String.join(", ", tables) + " restart identity cascade");
		}
		this.owner.queryForList("select sequencename from pg_sequences where schemaname = 'public'", String.class)
			.forEach((sequence) -> this.owner.execute("alter sequence " + sequence + " restart"));
		for (ApplicationRunner seeder : this.seeders) {
			seeder.run(new DefaultApplicationArguments());
		}
	}

}
