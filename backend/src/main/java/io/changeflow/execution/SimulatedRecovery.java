package io.changeflow.execution;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.changeflow.platform.ClusterLock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The simulated executor keeps its timers in memory: after a restart, the simulated
 * executions still running start over, so their steps get a result instead of waiting for
 * their timeout; and those a stopped replica took with it start over on another replica
 * once they are overdue. (The webhook's pipeline keeps its own state.) Replicas take
 * turns; an execution resumed while its first timer still runs reports twice, and the
 * first result counts ({@link ExecutionReports}).
 */
@Component
class SimulatedRecovery {

	private static final Logger log = LoggerFactory.getLogger(SimulatedRecovery.class);

	private static final Duration OVERDUE_MARGIN = Duration.ofSeconds(10);

	private final ExecutionRepository executions;

	private final DeploymentExecutor executor;

	private final ObjectMapper json;

	private final ClusterLock cluster;

	/** An execution still running this long after its dispatch lost its timer. */
	private final Duration overdue;

	SimulatedRecovery(ExecutionRepository executions, DeploymentExecutor executor, ObjectMapper json,
			ClusterLock cluster, @Value("${changeflow.executor.simulated.duration}") Duration duration) {
		this.executions = executions;
		this.executor = executor;
		this.json = json;
		this.cluster = cluster;
		this.overdue = duration.plus(OVERDUE_MARGIN);
	}

	@EventListener(ApplicationReadyEvent.class)
	void resume() {
		if (this.executor instanceof SimulatedExecutor) {
			this.cluster.runAlone("simulated-recovery", Duration.ZERO, this::resumeRunning);
		}
	}

	/**
	 * A replica that stopped took the timers of the executions it started with it; the
	 * others (one at a time) finish those once they are overdue.
	 */
	@Scheduled(fixedDelayString = "${changeflow.executor.simulated.recovery-interval:PT10S}")
	void resumeOverdue() {
		if (this.executor instanceof SimulatedExecutor) {
			Instant dispatchedBefore = Instant.now().minus(this.overdue);
			this.cluster.runAlone("simulated-recovery", Duration.ZERO,
					() -> resume((execution) -> execution.dispatchedAt().isBefore(dispatchedBefore),
							"left by a replica that stopped"));
		}
	}

	private void resumeRunning() {
		resume((execution) -> true, "left running by the last run");
	}

	private void resume(Predicate<Execution> which, String why) {
		// An execution never dispatched is the retried job's to start.
		var running = this.executions.findByStatusAndExecutor(ExecutionStatus.RUNNING, SimulatedExecutor.NAME)
			.stream()
			.filter(Execution::isDispatched)
			.filter(which)
			.toList();
		running.forEach((execution) -> this.executor
			.start(this.json.convertValue(execution.request(), ExecutionRequest.class)));
		if (!running.isEmpty()) {
			log.info("Resumed {} simulated execution(s) {}", running.size(), why);
		}
	}

}
