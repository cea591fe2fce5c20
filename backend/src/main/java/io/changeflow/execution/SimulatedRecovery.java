package io.changeflow.execution;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.changeflow.platform.ClusterLock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The simulated executor keeps its timers in memory: after a restart, the simulated
 * executions still running start over, so their steps get a result instead of waiting for
 * their timeout. (The simulated executor is for a single instance; the webhook's pipeline
 * keeps its own state.) Replicas starting together take turns; a replica starting while
 * another still runs them resumes them again, and the first result to arrive counts
 * ({@link ExecutionReports}).
 */
@Component
class SimulatedRecovery {

	private static final Logger log = LoggerFactory.getLogger(SimulatedRecovery.class);

	private final ExecutionRepository executions;

	private final DeploymentExecutor executor;

	private final ObjectMapper json;

	private final ClusterLock cluster;

	SimulatedRecovery(ExecutionRepository executions, DeploymentExecutor executor, ObjectMapper json,
			ClusterLock cluster) {
		this.executions = executions;
		this.executor = executor;
		this.json = json;
		this.cluster = cluster;
	}

	@EventListener(ApplicationReadyEvent.class)
	void resume() {
		if (this.executor instanceof SimulatedExecutor) {
			this.cluster.runAlone("simulated-recovery", Duration.ZERO, this::resumeRunning);
		}
	}

	private void resumeRunning() {
		// An execution never dispatched is the retried job's to start.
		var running = this.executions.findByStatusAndExecutor(ExecutionStatus.RUNNING, SimulatedExecutor.NAME)
			.stream()
			.filter(Execution::isDispatched)
			.toList();
		running.forEach((execution) -> this.executor
			.start(this.json.convertValue(execution.request(), ExecutionRequest.class)));
		if (!running.isEmpty()) {
			log.info("Resumed {} simulated execution(s) left running by the last run", running.size());
		}
	}

}
