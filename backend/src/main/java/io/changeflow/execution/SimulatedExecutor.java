package io.changeflow.execution;

import io.changeflow.execution.ExecutionRequest.Artifact;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pretends to build, test, deploy and verify: after a fixed time it reports a plausible
 * result. An execution fails with the global failure rate; verifying a wave also fails
 * with that wave's {@code simulatedFailureRate} (1 = always), which is how a demo shows a
 * backout. Deploys report the artifacts' own checksums, so the checksum gate passes.
 */
class SimulatedExecutor implements DeploymentExecutor, AutoCloseable {

	static final String NAME = "simulated";

	private static final Logger log = LoggerFactory.getLogger(SimulatedExecutor.class);

	private final ExecutionReports reports;

	private final Duration duration;

	private final double failureRate;

	private final RandomGenerator random;

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "simulated-executor");
		thread.setDaemon(true);
		return thread;
	});

	SimulatedExecutor(ExecutionReports reports, Duration duration, double failureRate, RandomGenerator random) {
		this.reports = reports;
		this.duration = duration;
		this.failureRate = failureRate;
		this.random = random;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void start(ExecutionRequest request) {
		this.scheduler.schedule(() -> finish(request), this.duration.toMillis(), TimeUnit.MILLISECONDS);
	}

	private void finish(ExecutionRequest request) {
		boolean failed = fails(request);
		try {
			this.reports.report(request.executionId(), failed ? ExecutionStatus.FAILED : ExecutionStatus.SUCCEEDED,
					result(request, failed));
		}
		catch (RuntimeException ex) {
			log.warn("Simulated execution {} could not report its result: {}", request.executionId(), ex.toString());
		}
	}

	private boolean fails(ExecutionRequest request) {
		double waveRate = (request.action() == ExecutionAction.VERIFY && request.wave() != null)
				? request.wave().simulatedFailureRate() : 0;
		return chance(this.failureRate) || chance(waveRate);
	}

	private boolean chance(double rate) {
		return rate >= 1 || (rate > 0 && this.random.nextDouble() < rate);
	}

	static Map<String, Object> result(ExecutionRequest request, boolean failed) {
		Map<String, Object> result = new LinkedHashMap<>();
		String where = (request.wave() != null) ? " of wave " + request.wave().name() : "";
		switch (request.action()) {
			case BUILD, TEST -> {
				result.put("passed", failed ? 121 : 128);
				result.put("failed", failed ? 7 : 0);
			}
			case DEPLOY -> result.put("deployed", failed ? List.of() : deployed(request.artifacts()));
			case VERIFY -> {
				result.put("healthy", !failed);
				result.put("errorRate", failed ? 4.2 : 0.1);
				result.put("errorBudget", 1.0);
			}
			case BACKOUT -> result.put("backedOut", request.artifacts().stream().map(Artifact::name).toList());
		}
		if (failed) {
			result.put("reason", switch (request.action()) {
				case BUILD -> "Simulated build failure: 7 of 128 unit tests failed";
				case TEST -> "Simulated test failure: 7 of 128 tests failed";
				case DEPLOY -> "Simulated deployment failure" + where;
				case VERIFY -> "Simulated verification failure" + where + ": error rate 4.2% above the 1.0% budget";
				case BACKOUT -> "Simulated backout failure" + where;
			});
		}
		return result;
	}

	private static List<Map<String, Object>> deployed(List<Artifact> artifacts) {
		return artifacts.stream().map((artifact) -> {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("name", artifact.name());
			one.put("sha256", artifact.sha256());
			return one;
		}).toList();
	}

	/** Stops scheduling; executions still due stay RUNNING until their step times out. */
	@Override
	public void close() {
		this.scheduler.shutdownNow();
	}

}
