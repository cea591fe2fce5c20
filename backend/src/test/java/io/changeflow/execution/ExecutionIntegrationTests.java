package io.changeflow.execution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.changeflow.execution.ExecutionRequest.Artifact;
import io.changeflow.execution.ExecutionRequest.Wave;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The execution steps on the real engine with the simulated executor (200 ms in tests):
 * the worker starts an execution and completes with its id, the result comes back as
 * {@code execution_finished}, and the row records it.
 */
class ExecutionIntegrationTests extends IntegrationTest {

	private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	@Autowired
	private ZeebeTestEngine engine;

	@Autowired
	private Executions executions;

	@Autowired
	private ExecutionDispatcher dispatcher;

	@Autowired
	private ExecutionReports reports;

	@Autowired
	private ObjectMapper json;

	private ExecutionProbe probe;

	@BeforeEach
	void deployProbe() {
		this.probe = new ExecutionProbe(processes().client(), this.engine);
	}

	@Test
	void aDeployedWaveReportsTheArtifactsChecksumsToTheWaitingStep() throws Exception {
		long instance = this.probe.start("execution_step", step("deploy-wave", wave("canary", 0)));

		this.probe.awaitCompleted(instance);

		assertThat(this.probe.variable(instance, "executionStatus")).isEqualTo("\"SUCCEEDED\"");
		JsonNode result = this.json.readTree(this.probe.variable(instance, "executionResult"));
		assertThat(result.path("deployed").get(0).path("name").asText()).isEqualTo("checkout-api");
		assertThat(result.path("deployed").get(0).path("sha256").asText()).isEqualTo(SHA);
		List<ExecutionView> recorded = this.executions.ofRelease("REL-2026.11-1");
		assertThat(recorded).singleElement().satisfies((execution) -> {
			assertThat(execution.action()).isEqualTo(ExecutionAction.DEPLOY);
			assertThat(execution.wave()).isEqualTo("canary");
			assertThat(execution.executor()).isEqualTo("simulated");
			assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
			assertThat(execution.finishedAt()).isAfterOrEqualTo(execution.startedAt());
			assertThat(this.probe.variable(instance, "executionId")).isEqualTo("\"" + execution.id() + "\"");
		});
	}

	@Test
	void testsReportTheirCounts() throws Exception {
		long instance = this.probe.start("execution_step", step("test-release", null));

		this.probe.awaitCompleted(instance);

		JsonNode result = this.json.readTree(this.probe.variable(instance, "executionResult"));
		assertThat(result.path("passed").asInt()).isEqualTo(128);
		assertThat(result.path("failed").asInt()).isZero();
		assertThat(this.executions.ofRelease("REL-2026.11-1")).extracting(ExecutionView::action)
			.containsExactly(ExecutionAction.TEST);
	}

	@Test
	void aWaveThatAlwaysFailsFailsItsVerification() throws Exception {
		long instance = this.probe.start("execution_step", step("verify-wave", wave("canary", 1)));

		this.probe.awaitCompleted(instance);

		assertThat(this.probe.variable(instance, "executionStatus")).isEqualTo("\"FAILED\"");
		JsonNode result = this.json.readTree(this.probe.variable(instance, "executionResult"));
		assertThat(result.path("healthy").asBoolean(true)).isFalse();
		assertThat(result.path("errorRate").asDouble()).isGreaterThan(result.path("errorBudget").asDouble());
		assertThat(result.path("reason").asText()).contains("canary");
	}

	@Test
	void theSameStepDeliveredAgainStartsNothingNew() {
		List<ExecutionRequest> started = new ArrayList<>();
		DeploymentExecutor recording = recording(started);
		ExecutionRequest step = new ExecutionRequest(null, "REL-2026.11-1", ExecutionAction.BUILD, null,
				List.of(new Artifact("checkout-api", "2.9.0", SHA)), List.of("CHG-000001"));

		ExecutionView first = this.dispatcher.start(step, "REL-2026.11-1/BUILD/-/1/2", 2L, recording);
		ExecutionView again = this.dispatcher.start(step, "REL-2026.11-1/BUILD/-/1/2", 2L, recording);
		ExecutionView other = this.dispatcher.start(step, "REL-2026.11-1/BUILD/-/1/3", 3L, recording);

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(other.id()).isNotEqualTo(first.id());
		assertThat(started).extracting(ExecutionRequest::executionId).containsExactly(first.id(), other.id());
		assertThat(started.getFirst().artifacts()).containsExactly(new Artifact("checkout-api", "2.9.0", SHA));
		assertThat(this.executions.ofRelease("REL-2026.11-1")).hasSize(2);
	}

	@Test
	void anExecutorThatCouldNotStartIsAskedAgainByTheRetriedJob() {
		List<ExecutionRequest> started = new ArrayList<>();
		DeploymentExecutor unreachable = new DeploymentExecutor() {
			@Override
			public String name() {
				return "unreachable";
			}

			@Override
			public void start(ExecutionRequest request) {
				throw new IllegalStateException("connection refused");
			}
		};
		ExecutionRequest step = new ExecutionRequest(null, "REL-2026.11-1", ExecutionAction.TEST, null, List.of(),
				List.of());

		try {
			this.dispatcher.start(step, "REL-2026.11-1/TEST/-/1/2", 2L, unreachable);
		}
		catch (IllegalStateException expected) {
			// The job fails and the engine delivers it again.
		}
		ExecutionView retried = this.dispatcher.start(step, "REL-2026.11-1/TEST/-/1/2", 2L, recording(started));

		assertThat(started).extracting(ExecutionRequest::executionId).containsExactly(retried.id());
		assertThat(this.executions.ofRelease("REL-2026.11-1")).hasSize(1);
	}

	@Test
	void aResultReportedBeforeTheStepWaitsIsKeptUntilItDoes() {
		ExecutionView execution = this.dispatcher.start(
				new ExecutionRequest(null, "REL-2026.11-1", ExecutionAction.DEPLOY,
						new Wave("canary", "production", 5, 0), List.of(), List.of()),
				"early", 1L, recording(new ArrayList<>()));

		ExecutionView reported = this.reports.report(execution.id(), ExecutionStatus.SUCCEEDED,
				Map.of("deployed", List.of()));
		Eventually.await("the result to be published", () -> this.probe.published(execution.id().toString()),
				(count) -> count == 1);
		long instance = this.probe.start("execution_wait", Map.of("executionId", execution.id().toString()));

		this.probe.awaitCompleted(instance);
		assertThat(reported.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
		assertThat(this.probe.variable(instance, "executionStatus")).isEqualTo("\"SUCCEEDED\"");
		ExecutionView second = this.reports.report(execution.id(), ExecutionStatus.FAILED, Map.of("reason", "late"));
		assertThat(second.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
		assertThat(second.result()).containsKey("deployed").doesNotContainKey("reason");
		assertThat(this.probe.published(execution.id().toString())).isEqualTo(1);
	}

	private static Map<String, Object> step(String jobType, Map<String, Object> wave) {
		Map<String, Object> variables = new java.util.HashMap<>(Map.of("jobType", jobType, "releaseKey",
				"REL-2026.11-1", "changeKeys", List.of("CHG-000001"), "artifacts",
				List.of(Map.of("name", "checkout-api", "version", "2.9.0", "sha256", SHA, "uri", "dsl://checkout"))));
		if (wave != null) {
			variables.put("wave", wave);
		}
		return variables;
	}

	private static Map<String, Object> wave(String name, double failureRate) {
		return Map.of("name", name, "environment", "production", "percent", 5, "manualGate", false,
				"simulatedFailureRate", failureRate);
	}

	private static DeploymentExecutor recording(List<ExecutionRequest> started) {
		return new DeploymentExecutor() {
			@Override
			public String name() {
				return "recording";
			}

			@Override
			public void start(ExecutionRequest request) {
				started.add(request);
			}
		};
	}

}
