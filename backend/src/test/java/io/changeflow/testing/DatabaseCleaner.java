package io.changeflow.testing;

import java.util.List;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Puts the database back to a freshly seeded state: every table emptied (except
 * Flyway's), then the demo seeders run again, as on a first start.
 */
final class DatabaseCleaner {

	private final JdbcTemplate jdbc;

	private final List<ApplicationRunner> seeders;

	DatabaseCleaner(JdbcTemplate jdbc, List<ApplicationRunner> seeders) {
		this.jdbc = jdbc;
		this.seeders = seeders;
	}

	void clean() throws Exception {
		List<String> tables = this.jdbc.queryForList("""
				select quote_ident(tablename) from pg_tables
				where schemaname = 'public' and tablename <> 'flyway_schema_history'""", String.class);
		if (!tables.isEmpty()) {
			this.jdbc.execute("truncate table " + String.join(", ", tables) + " restart identity cascade");
		}
		this.jdbc.queryForList("select sequencename from pg_sequences where schemaname = 'public'", String.class)
			.forEach((sequence) -> this.jdbc.execute("alter sequence " + sequence + " restart"));
		for (ApplicationRunner seeder : this.seeders) {
			seeder.run(new DefaultApplicationArguments());
		}
	}

}
