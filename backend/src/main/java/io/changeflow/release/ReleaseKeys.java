package io.changeflow.release;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out release keys by a configurable pattern: {@code {yyyy}}, {@code {yy}},
 * {@code {MM}}, {@code {dd}} are today's date (UTC), {@code {n}} counts per period, the
 * period being the pattern with the date filled in, so {@code REL-{yyyy}.{MM}-{n}} counts
 * per month (REL-2026.11-1, REL-2026.11-2, ... REL-2026.12-1). The counter lives in the
 * database, so replicas never hand out the same key.
 */
@Component
class ReleaseKeys {

	private final JdbcTemplate jdbc;

	private final String pattern;

	private final Clock clock;

	ReleaseKeys(JdbcTemplate jdbc, @Value("${changeflow.release.key-pattern:REL-{yyyy}.{MM}-{n}}") String pattern) {
		if (!pattern.contains("{n}")) {
			throw new IllegalArgumentException("changeflow.release.key-pattern must contain {n}: " + pattern);
		}
		this.jdbc = jdbc;
		this.pattern = pattern;
		this.clock = Clock.systemUTC();
	}

	/** The next key; call inside the transaction that stores the release. */
	String next() {
		LocalDate today = LocalDate.now(this.clock);
		String dated = this.pattern.replace("{yyyy}", "%04d".formatted(today.getYear()))
			.replace("{yy}", "%02d".formatted(today.getYear() % 100))
			.replace("{MM}", "%02d".formatted(today.getMonthValue()))
			.replace("{dd}", "%02d".formatted(today.getDayOfMonth()));
		Integer number = this.jdbc.queryForObject("""
				insert into release_key_counter (period, last_value) values (?, 1)
				on conflict (period) do update set last_value = release_key_counter.last_value + 1
				returning last_value""", Integer.class, dated);
		return dated.replace("{n}", String.valueOf(number));
	}

}
