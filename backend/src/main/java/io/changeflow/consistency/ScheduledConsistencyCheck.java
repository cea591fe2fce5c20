package io.changeflow.consistency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the check after every start (asking the engine about each instance, after any
 * recovery) and on a schedule (records and inbox only, which is cheap), repairing what it
 * can.
 */
@Component
class ScheduledConsistencyCheck {

	private static final Logger log = LoggerFactory.getLogger(ScheduledConsistencyCheck.class);

	private final ConsistencyCheck check;

	ScheduledConsistencyCheck(ConsistencyCheck check) {
		this.check = check;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void afterStart() {
		run(true);
	}

	@Scheduled(initialDelayString = "${changeflow.consistency.interval:PT5M}",
			fixedDelayString = "${changeflow.consistency.interval:PT5M}")
	void onSchedule() {
		run(false);
	}

	private void run(boolean probeEngine) {
		try {
			var report = this.check.check(probeEngine, true);
			log.info("Consistency check: {} changes, {} releases, {} drifts, {} outbox entries pending",
					report.changes(), report.releases(), report.drifts().size(), report.outboxPending());
		}
		catch (RuntimeException ex) {
			log.warn("Consistency check failed: {}", ex.toString());
		}
	}

}
