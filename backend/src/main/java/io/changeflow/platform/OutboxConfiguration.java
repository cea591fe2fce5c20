package io.changeflow.platform;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The outbox: what a transaction decided for another system (the engine, mail, browsers)
 * is an event publication written in that transaction and handled after its commit, on
 * another thread. A publication whose listener failed stays incomplete and is tried again
 * here until it succeeds; those left by a crash are tried again at the next start
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}, which replicas
 * sharing a database turn off: at one replica's start the others' publications are still
 * being handled). The retry runs on one replica at a time ({@link ClusterLock}).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class OutboxConfiguration {

	private static final Logger log = LoggerFactory.getLogger(OutboxConfiguration.class);

	private final IncompleteEventPublications incomplete;

	private final ClusterLock cluster;

	private final JdbcTemplate jdbc;

	private final Duration retryAfter;

	OutboxConfiguration(IncompleteEventPublications incomplete, ClusterLock cluster, JdbcTemplate jdbc,
			@Value("${changeflow.outbox.retry-after:PT70S}") Duration retryAfter) {
		this.incomplete = incomplete;
		this.cluster = cluster;
		this.jdbc = jdbc;
		this.retryAfter = retryAfter;
	}

	/**
	 * A publication is tried again once the retry delay has passed since it was published
	 * or last tried: by then its previous attempt is over (engine calls give up after 60
	 * s at most). Trying again while an attempt still waits for a slow engine would only
	 * add to the engine's queue: under load that feeds on itself (the benchmark saw it).
	 * When it was last tried is kept in the database ({@code outbox_retry}), where every
	 * replica sees it.
	 */
	@Scheduled(fixedDelayString = "${changeflow.outbox.retry-interval:PT5S}")
	void retryIncomplete() {
		this.cluster.runAlone("outbox-retry", Duration.ZERO, this::retryDue);
	}

	private void retryDue() {
		try {
			Instant now = Instant.now();
			Map<UUID, Instant> retried = new HashMap<>();
			this.jdbc.query("select publication_id, retried_at from outbox_retry", (RowCallbackHandler) (row) -> retried
				.put(row.getObject(1, UUID.class), row.getTimestamp(2).toInstant()));
			this.incomplete.resubmitIncompletePublications((publication) -> {
				Instant last = retried.getOrDefault(publication.getIdentifier(), publication.getPublicationDate());
				boolean due = !last.plus(this.retryAfter).isAfter(now);
				if (due) {
					this.jdbc.update("""
							insert into outbox_retry (publication_id, retried_at) values (?, ?)
							on conflict (publication_id) do update set retried_at = excluded.retried_at""",
							publication.getIdentifier(), Timestamp.from(now));
				}
				return due;
			});
			this.jdbc.update("""
					delete from outbox_retry where not exists (select 1 from event_publication
					where id = publication_id and completion_date is null)""");
		}
		catch (RuntimeException ex) {
			log.warn("Could not retry the outbox: {}", ex.getMessage());
		}
	}

}
