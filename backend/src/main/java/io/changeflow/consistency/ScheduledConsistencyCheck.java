package io.changeflow.consistency;

import io.changeflow.engine.EngineDurability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the check after every start (asking the engine about each instance when it may
 * have forgotten them) and on a schedule (records and inbox only, which is cheap),
 * repairing what it can.
 */
@Component
class ScheduledConsistencyCheck {

	private static final Logger log = LoggerFactory.getLogger(ScheduledConsistencyCheck.class);

	private final ConsistencyCheck check;

	private final EngineDurability engine;

	ScheduledConsistencyCheck(ConsistencyCheck check, EngineDurability engine) {
		this.check = check;
		this.engine = engine;
	}

	/**
	 * An engine that keeps its instances across restarts need not be asked about each one
	 * at every start (one command per instance); one that forgets must be.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void afterStart() {
		run(!this.engine.keepsInstancesAcrossRestarts());
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
