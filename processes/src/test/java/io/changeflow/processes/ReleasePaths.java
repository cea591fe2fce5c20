package io.changeflow.processes;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Plays the app's side of the {@code release} process for path tests: the execution
 * workers that start a build, test, deployment, verification or backout and answer later
 * with {@code execution_finished}, and the people who accept, approve and start the
 * rollout.
 */
final class ReleasePaths {

	static final String RELEASE_KEY = "REL-2026.11-3";

	static final List<Map<String, Object>> ARTIFACTS = List.of(artifact("billing-api", "4.2.0", "a1b2c3"),
			artifact("billing-web", "4.2.0", "d4e5f6"));

	static final Map<String, Object> TEST = wave("test", "TEST", 100, false);

	static final Map<String, Object> STAGING = wave("staging", "STAGING", 100, true);

	static final Map<String, Object> PROD = wave("prod", "PRODUCTION", 100, true);

	/**
	 * Test, then staging behind a manual gate, then production (last: no gate after it).
	 */
	static final List<Map<String, Object>> THREE_WAVES = List.of(TEST, STAGING, PROD);

	private final ProcessPaths paths;

	ReleasePaths(ProcessPaths paths) {
		this.paths = paths;
	}

	ProcessInstanceEvent build(List<Map<String, Object>> waves) {
		return this.paths.start("release",
				Map.of("releaseKey", RELEASE_KEY, "title", "Billing 4.2", "builder", "releng", "implementer", "releng",
						"changeKeys", List.of("CHG-000001", "CHG-000002"), "waves", waves, "artifacts", ARTIFACTS,
						"deployedWaves", List.of()));
	}

	/**
	 * Completes the one open job of an execution worker the way the worker does: at once,
	 * with the id of the execution it started.
	 */
	Execution start(String jobType) {
		String executionId = UUID.randomUUID().toString();
		ActivatedJob job = this.paths.completeJob(jobType, Map.of("executionId", executionId));
		return new Execution(executionId, job);
	}

	/** What the executor reports when an execution is over. */
	void finish(Execution execution, String status, Map<String, Object> result) {
		this.paths.publishMessage("execution_finished", execution.id(),
				Map.of("executionStatus", status, "executionResult", result));
	}

	void succeed(String jobType, Map<String, Object> result) {
		finish(start(jobType), "SUCCEEDED", result);
	}

	void fail(String jobType, String reason) {
		finish(start(jobType), "FAILED", Map.of("reason", reason));
	}

	void buildAndTest() {
		succeed("build-release", Map.of());
		succeed("test-release", Map.of("passed", 120, "failed", 0));
	}

	void acceptPlanAndStart() {
		accept("RELEASE_ENGINEER", "accept");
		accept("CHANGE_MANAGER", "accept");
		this.paths.completeUserTask("review_rollout_plan", Map.of("decision", "approve"));
		this.paths.completeUserTask("start_rollout", Map.of("decision", "start"));
	}

	void accept(String role, String decision) {
		this.paths.completeUserTask("accept_release",
				(task) -> task.getCustomHeaders().get("io.camunda.zeebe:candidateGroups").contains(role),
				Map.of("decision", decision, "comment", role + " says " + decision));
	}

	/** A release of three waves, built, tested, accepted and started. */
	ProcessInstanceEvent rollOut() {
		ProcessInstanceEvent instance = build(THREE_WAVES);
		buildAndTest();
		acceptPlanAndStart();
		return instance;
	}

	/** Rolled out up to the third wave: waves one and two deployed and verified. */
	ProcessInstanceEvent reachWaveThree() {
		ProcessInstanceEvent instance = rollOut();
		deploy();
		verify();
		deploy();
		verify();
		gate("go");
		return instance;
	}

	/** Deploys the current wave with the release's own artifacts; returns the wave. */
	Object deploy() {
		Execution deployment = start("deploy-wave");
		finish(deployment, "SUCCEEDED", Map.of("deployed", ARTIFACTS));
		return deployment.job().getVariablesAsMap().get("wave");
	}

	void verify() {
		succeed("verify-wave", Map.of("healthy", true, "errorRate", 0.001, "errorBudget", 0.01));
	}

	void gate(String decision) {
		this.paths.completeUserTask("go_no_go", Map.of("decision", decision));
	}

	/**
	 * Backs out as many waves as the process asks for, in the order it asks, reports the
	 * backout, and returns those waves' names.
	 */
	List<Object> backOut(int waves) {
		List<Object> order = new ArrayList<>();
		for (int i = 0; i < waves; i++) {
			Execution backout = start("backout-wave");
			order.add(((Map<?, ?>) backout.job().getVariablesAsMap().get("wave")).get("name"));
			finish(backout, "SUCCEEDED", Map.of());
		}
		reportBackedOut();
		return order;
	}

	void reportBackedOut() {
		this.paths.completeJob("report-backed-out", Map.of());
		this.paths.completeJob("communicate-release", Map.of());
	}

	static Map<String, Object> wave(String name, String environment, int percent, boolean manualGate) {
		return Map.of("name", name, "environment", environment, "percent", percent, "manualGate", manualGate,
				"simulatedFailureRate", 0.0);
	}

	private static Map<String, Object> artifact(String name, String version, String sha256) {
		return Map.of("name", name, "version", version, "sha256", sha256);
	}

	/** An execution the process waits for, and the job that started it. */
	record Execution(String id, ActivatedJob job) {
	}

}
