package io.changeflow.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The outbox: what a transaction decided for another system (the engine, mail, browsers)
 * is an event publication written in that transaction and handled after its commit, on
 * another thread. A publication whose listener failed stays incomplete and is tried again
 * here until it succeeds; those left by a crash are tried again at the next start
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class OutboxConfiguration {

	private static final Logger log = LoggerFactory.getLogger(OutboxConfiguration.class);

	private final IncompleteEventPublications incomplete;

	private final Duration retryAfter;

	/** When each publication was last handed out again, so no two attempts overlap. */
	private final Map<UUID, Instant> retried = new ConcurrentHashMap<>();

	OutboxConfiguration(IncompleteEventPublications incomplete,
			@Value("${changeflow.outbox.retry-after:PT70S}") Duration retryAfter) {
		this.incomplete = incomplete;
		this.retryAfter = retryAfter;
	}

	/**
	 * A publication is tried again once the retry delay has passed since it was published
	 * or last tried: by then its previous attempt is over (engine calls give up after 60
	 * s at most). Trying again while an attempt still waits for a slow engine would only
	 * add to the engine's queue: under load that feeds on itself (the benchmark saw it).
	 */
	@Scheduled(fixedDelayString = "${changeflow.outbox.retry-interval:PT5S}")
	void retryIncomplete() {
		Instant now = Instant.now();
		Set<UUID> incompleteNow = new HashSet<>();
		try {
			this.incomplete.resubmitIncompletePublications((publication) -> {
				incompleteNow.add(publication.getIdentifier());
				Instant last = this.retried.getOrDefault(publication.getIdentifier(), publication.getPublicationDate());
				boolean due = !last.plus(this.retryAfter).isAfter(now);
				if (due) {
					this.retried.put(publication.getIdentifier(), now);
				}
				return due;
			});
			this.retried.keySet().retainAll(incompleteNow);
		}
		catch (RuntimeException ex) {
			log.warn("Could not retry the outbox: {}", ex.getMessage());
		}
	}

}
