package io.changeflow.platform;

import java.time.Duration;
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

	OutboxConfiguration(IncompleteEventPublications incomplete,
			@Value("${changeflow.outbox.retry-after:PT10S}") Duration retryAfter) {
		this.incomplete = incomplete;
		this.retryAfter = retryAfter;
	}

	/**
	 * Only publications older than the retry delay: a younger one may still be in the
	 * hands of its first listener call.
	 */
	@Scheduled(fixedDelayString = "${changeflow.outbox.retry-interval:PT5S}")
	void retryIncomplete() {
		try {
			this.incomplete.resubmitIncompletePublicationsOlderThan(this.retryAfter);
		}
		catch (RuntimeException ex) {
			log.warn("Could not retry the outbox: {}", ex.getMessage());
		}
	}

}
