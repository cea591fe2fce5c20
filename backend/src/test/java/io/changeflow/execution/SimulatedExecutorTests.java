package io.changeflow.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.execution.ExecutionRequest.Artifact;
import io.changeflow.execution.ExecutionRequest.Wave;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The simulated executor on its own: it reports after its duration, with results shaped
 * as the release process reads them, and fails by the configured rates.
 */
class SimulatedExecutorTests {

	private static final Artifact CHECKOUT = new Artifact("checkout-api", "2.9.0", "ab".repeat(32));

	private final BlockingQueue<Reported> reported = new LinkedBlockingQueue<>();

	private final ExecutionReports sink = (id, status, result) -> {
		this.reported.add(new Reported(id, status, result));
		return null;
	};

	private SimulatedExecutor executor = new SimulatedExecutor(this.sink, Duration.ofMillis(50), 0,
			RandomGenerator.getDefault());

	@AfterEach
	void stop() {
		this.executor.close();
	}

	@Test
	void aDeployReportsTheArtifactsChecksumsAfterItsDuration() throws InterruptedException {
		UUID id = UUID.randomUUID();
		long started = System.nanoTime();

		this.executor.start(request(id, ExecutionAction.DEPLOY, wave(0)));

		Reported report = this.reported.poll(5, TimeUnit.SECONDS);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
		assertThat(report.id()).isEqualTo(id);
		assertThat(report.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
		assertThat(report.result()).containsEntry("deployed",
				List.of(Map.of("name", "checkout-api", "sha256", CHECKOUT.sha256())));
	}

	@Test
	void buildsAndTestsReportCountsAndVerificationsHealth() throws InterruptedException {
		this.executor.start(request(UUID.randomUUID(), ExecutionAction.TEST, null));
		assertThat(this.reported.poll(5, TimeUnit.SECONDS).result()).containsEntry("passed", 128)
			.containsEntry("failed", 0);

		this.executor.start(request(UUID.randomUUID(), ExecutionAction.VERIFY, wave(0)));
		assertThat(this.reported.poll(5, TimeUnit.SECONDS).result()).containsEntry("healthy", true)
			.containsKeys("errorRate", "errorBudget");
	}

	@Test
	void aWaveWithFailureRateOneAlwaysFailsVerificationButNotItsDeploy() throws InterruptedException {
		this.executor.start(request(UUID.randomUUID(), ExecutionAction.DEPLOY, wave(1)));
		assertThat(this.reported.poll(5, TimeUnit.SECONDS).status()).isEqualTo(ExecutionStatus.SUCCEEDED);

		for (int i = 0; i < 3; i++) {
			this.executor.start(request(UUID.randomUUID(), ExecutionAction.VERIFY, wave(1)));
			Reported report = this.reported.poll(5, TimeUnit.SECONDS);
			assertThat(report.status()).isEqualTo(ExecutionStatus.FAILED);
			assertThat(report.result()).containsEntry("healthy", false).containsKey("reason");
		}
	}

	@Test
	void theGlobalFailureRateFailsAnyAction() throws InterruptedException {
		this.executor.close();
		this.executor = new SimulatedExecutor(this.sink, Duration.ofMillis(10), 1, RandomGenerator.getDefault());

		this.executor.start(request(UUID.randomUUID(), ExecutionAction.BUILD, null));

		Reported report = this.reported.poll(5, TimeUnit.SECONDS);
		assertThat(report.status()).isEqualTo(ExecutionStatus.FAILED);
		assertThat(report.result()).containsEntry("failed", 7).containsKey("reason");
	}

	@Test
	void nothingIsReportedAfterShutdown() throws InterruptedException {
		this.executor.start(request(UUID.randomUUID(), ExecutionAction.BUILD, null));
		this.executor.close();

		assertThat(this.reported.poll(200, TimeUnit.MILLISECONDS)).isNull();
	}

	private static ExecutionRequest request(UUID id, ExecutionAction action, Wave wave) {
		return new ExecutionRequest(id, "REL-2026.11-1", action, wave, List.of(CHECKOUT), List.of("CHG-000001"));
	}

	private static Wave wave(double failureRate) {
		return new Wave("canary", "production", 5, failureRate);
	}

	private record Reported(UUID id, ExecutionStatus status, Map<String, Object> result) {
	}

}
