package io.changeflow.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static io.changeflow.processes.ReleasePaths.PROD;
import static io.changeflow.processes.ReleasePaths.STAGING;
import static io.changeflow.processes.ReleasePaths.TEST;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every route through {@code release}, one test per path. The test plays the execution
 * workers (they start an execution and answer later with {@code execution_finished}) and
 * the people who accept and start the rollout.
 */
@ZeebeProcessTest
class ReleasePathTests {

	private static final List<Map<String, Object>> THREE_WAVES = List.of(TEST, STAGING, PROD);

	private ZeebeTestEngine engine;

	private ZeebeClient client;

	private ProcessPaths paths;

	private ReleasePaths release;

	@BeforeEach
	void deploy() {
		this.paths = new ProcessPaths(this.engine, this.client).autoComplete("release-step", "change-step")
			.deployAppModels();
		this.release = new ReleasePaths(this.paths);
	}

	@Test
	void threeWavesRolledOutThenClosed() {
		var instance = this.release.build(THREE_WAVES);
		this.release.buildAndTest();
		this.release.acceptPlanAndStart();
		Object test = this.release.deploy();
		this.release.verify();
		Object staging = this.release.deploy();
		this.release.verify();
		this.release.gate("go");
		Object prod = this.release.deploy();
		this.release.verify();
		this.paths.completeJob("update-cmdb", Map.of());
		this.paths.completeJob("report-implemented", Map.of());
		this.paths.completeJob("communicate-release", Map.of());

		assertThat(List.of(test, staging, prod)).as("waves deployed in order").isEqualTo(THREE_WAVES);
		assertThat(entered(instance)).containsSubsequence("build_release", "build_finished", "test_release",
				"test_finished", "accept_release", "review_rollout_plan", "start_rollout", "rollout", "update_cmdb",
				"report_implemented", "communicate_release", "release_closed");
		assertThat(instance).hasPassedElement("deploy_wave", 3)
			.hasPassedElement("verify_wave", 3)
			.hasPassedElement("go_no_go", 1)
			.hasNotPassedElement("back_out")
			.hasVariableWithValue("deployedWaves", THREE_WAVES)
			.isCompleted();
	}

	@Test
	void verificationFailsAtWaveTwoThenWavesTwoAndOneAreBackedOut() {
		var instance = reachRollout();
		this.release.deploy();
		this.release.verify();
		this.release.deploy();
		this.release.fail("verify-wave", "error budget exhausted");

		assertThat(entered(instance)).containsSubsequence("verify_wave", "verify_wave", "wave_unhealthy",
				"verification_failed", "back_out");
		assertThat(instance).hasVariableWithValue("deployedWaves", List.of(TEST, STAGING))
			.hasVariableWithValue("rolloutError", "verification_failed");
		assertThat(backOutAll(2)).containsExactly("staging", "test");
		assertThat(entered(instance)).containsSubsequence("back_out", "report_backed_out", "communicate_backout",
				"release_backed_out");
		assertThat(instance).hasNotPassedElement("go_no_go").hasNotPassedElement("update_cmdb").isCompleted();
	}

	@Test
	void backOutRequestedDuringWaveThreeBacksOutAllThree() {
		var instance = reachWaveThree();
		this.release.deploy();
		this.paths.publishMessage("release_back_out", ReleasePaths.RELEASE_KEY, Map.of());

		assertThat(instance).hasPassedElement("back_out_requested");
		assertThat(entered(instance)).doesNotContain("wave_failed", "checksum_mismatch", "verification_failed",
				"rollout_stopped");
		assertThat(backOutAll(3)).containsExactly("prod", "staging", "test");
		assertThat(instance).hasPassedElement("release_backed_out").isCompleted();
	}

	@Test
	void backOutWhileWaveThreeDeploysLeavesItOut() {
		var instance = reachWaveThree();
		this.release.start("deploy-wave");
		this.paths.publishMessage("release_back_out", ReleasePaths.RELEASE_KEY, Map.of());

		// Only waves whose deployment succeeded are backed out; the running one is not.
		assertThat(backOutAll(2)).containsExactly("staging", "test");
		assertThat(instance).hasPassedElement("release_backed_out").isCompleted();
	}

	@Test
	void buildFails() {
		var instance = this.release.build(THREE_WAVES);
		this.release.fail("build-release", "compilation error");

		assertThat(instance).hasPassedElement("build_failed").hasNotPassedElement("test_release").isCompleted();
	}

	@Test
	void testsFail() {
		var instance = this.release.build(THREE_WAVES);
		this.release.succeed("build-release", Map.of());
		this.release.finish(this.release.start("test-release"), "FAILED", Map.of("passed", 118, "failed", 2));

		assertThat(instance).hasPassedElement("tests_failed").hasNotPassedElement("accept_release").isCompleted();
	}

	@Test
	void changeManagerRejectsTheRelease() {
		var instance = this.release.build(THREE_WAVES);
		this.release.buildAndTest();
		this.release.accept("CHANGE_MANAGER", "reject");

		assertThat(instance).hasPassedElement("release_rejected")
			.hasNotPassedElement("review_rollout_plan")
			.isCompleted();
		assertThat(this.paths.openUserTasks("accept_release")).as("the other acceptance is withdrawn").isEmpty();
	}

	@Test
	void rolloutPlanRejected() {
		var instance = this.release.build(THREE_WAVES);
		this.release.buildAndTest();
		this.release.accept("RELEASE_ENGINEER", "accept");
		this.release.accept("CHANGE_MANAGER", "accept");
		this.paths.completeUserTask("review_rollout_plan", Map.of("decision", "reject"));

		assertThat(instance).hasPassedElement("rollout_plan_rejected")
			.hasNotPassedElement("start_rollout")
			.isCompleted();
	}

	@Test
	void checksumMismatchRefusesTheWaveAndBacksItOut() {
		var instance = reachRollout();
		var deployment = this.release.start("deploy-wave");
		this.release.finish(deployment, "SUCCEEDED",
				Map.of("deployed", List.of(Map.of("name", "billing-api", "sha256", "a1b2c3"),
						Map.of("name", "billing-web", "sha256", "tampered"))));

		assertThat(entered(instance)).contains("checksum_refused").doesNotContain("verify_wave");
		assertThat(instance).hasVariableWithValue("rolloutError", "checksum_mismatch");
		assertThat(backOutAll(1)).as("the refused wave was deployed, so it is backed out").containsExactly("test");
		assertThat(instance).hasPassedElement("release_backed_out").isCompleted();
	}

	@Test
	void noGoAtTheManualGateBacksOut() {
		var instance = reachRollout();
		this.release.deploy();
		this.release.verify();
		this.release.deploy();
		this.release.verify();
		this.release.gate("no_go");

		assertThat(entered(instance)).contains("wave_stopped");
		assertThat(instance).hasVariableWithValue("rolloutError", "rollout_stopped");
		assertThat(backOutAll(2)).containsExactly("staging", "test");
		assertThat(instance).hasPassedElement("deploy_wave", 2).hasPassedElement("release_backed_out").isCompleted();
	}

	@Test
	void deploymentFailsAtTheFirstWaveSoNothingIsBackedOut() {
		var instance = reachRollout();
		this.release.fail("deploy-wave", "host unreachable");
		this.release.reportBackedOut();

		assertThat(entered(instance)).contains("wave_deploy_failed", "back_out").doesNotContain("backout_wave");
		assertThat(instance).hasVariableWithValue("rolloutError", "wave_failed")
			.hasVariableWithValue("deployedWaves", List.of())
			.hasPassedElement("release_backed_out")
			.isCompleted();
	}

	@Test
	void verificationWithoutResultInTimeCountsAsFailed() {
		var instance = reachRollout();
		this.release.deploy();
		this.release.start("verify-wave");
		this.paths.passTime(Duration.ofMinutes(61));

		assertThat(entered(instance)).containsSubsequence("verify_finished", "verify_timed_out", "wave_unhealthy");
		assertThat(instance).hasVariableWithValue("executionStatus", "FAILED");
		assertThat(backOutAll(1)).containsExactly("test");
	}

	@Test
	void buildWithoutResultInTimeFailsAfterTheConfiguredTimeout() {
		var instance = this.release.build(THREE_WAVES);
		this.paths.setVariables(instance, Map.of("executionTimeout", "PT10M"));
		this.release.start("build-release");
		this.paths.passTime(Duration.ofMinutes(11));

		assertThat(instance).hasPassedElement("build_timed_out").hasPassedElement("build_failed").isCompleted();
	}

	private ProcessInstanceEvent reachRollout() {
		var instance = this.release.build(THREE_WAVES);
		this.release.buildAndTest();
		this.release.acceptPlanAndStart();
		return instance;
	}

	private ProcessInstanceEvent reachWaveThree() {
		var instance = reachRollout();
		this.release.deploy();
		this.release.verify();
		this.release.deploy();
		this.release.verify();
		this.release.gate("go");
		return instance;
	}

	private List<String> entered(ProcessInstanceEvent instance) {
		return this.paths.enteredElements(instance);
	}

	private List<Object> backOutAll(int waves) {
		List<Object> order = this.release.backOutAll(waves);
		this.release.reportBackedOut();
		return order;
	}

}
