package io.changeflow.platform;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the outbox (the event publication registry) still holds: work a committed
 * transaction asked for that is not done yet.
 */
@Component
public class Outbox {

	private final JdbcTemplate jdbc;

	Outbox(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Publications not done after the given time: normally there are none, since each is
	 * handled right after its commit and retried every few seconds.
	 * @param olderThan how old a publication must be to count
	 * @return how many
	 */
	public long pendingOlderThan(Duration olderThan) {
		Long count = this.jdbc.queryForObject("""
				select count(*) from event_publication
				where completion_date is null and publication_date < now() - make_interval(secs => ?)""", Long.class,
				(double) olderThan.toSeconds());
		return (count != null) ? count : 0;
	}

}
