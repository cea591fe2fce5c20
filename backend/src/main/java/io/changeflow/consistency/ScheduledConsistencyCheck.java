package io.changeflow.consistency;

import io.changeflow.engine.EngineDurability;
import io.changeflow.platform.ClusterLock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the check after every start (asking the engine about each instance when it may
 * have forgotten them) and on a schedule (records and inbox only, which is cheap),
 * repairing what it can. One replica at a time runs it, and one scheduled run per
 * interval is enough for all of them. The check after a start is left out only while
 * another replica is checking: the app may have restarted on an engine that forgot.
 */
@Component
class ScheduledConsistencyCheck {

	private static final Logger log = LoggerFactory.getLogger(ScheduledConsistencyCheck.class);

	private final ConsistencyCheck check;

	private final EngineDurability engine;

	private final ClusterLock cluster;

	private final Duration interval;

	ScheduledConsistencyCheck(ConsistencyCheck check, EngineDurability engine, ClusterLock cluster,
			@Value("${changeflow.consistency.interval:PT5M}") Duration interval) {
		this.check = check;
		this.engine = engine;
		this.cluster = cluster;
		this.interval = interval;
	}

	/**
	 * An engine that keeps its instances across restarts need not be asked about each one
	 * at every start (one command per instance); one that forgets must be.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	void afterStart() {
		boolean probeEngine = !this.engine.keepsInstancesAcrossRestarts();
		this.cluster.runAlone("consistency-check-after-start", Duration.ZERO, () -> run(probeEngine));
	}

	@Scheduled(initialDelayString = "${changeflow.consistency.interval:PT5M}",
			fixedDelayString = "${changeflow.consistency.interval:PT5M}")
	void onSchedule() {
		// A replica whose schedule fires within half an interval of another's leaves
		// the run to it.
		this.cluster.runAlone("consistency-check", this.interval.dividedBy(2), () -> run(false));
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
