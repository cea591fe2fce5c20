package io.changeflow.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static io.changeflow.processes.ReleasePaths.RELEASE_KEY;
import static io.changeflow.processes.ReleasePaths.STAGING;
import static io.changeflow.processes.ReleasePaths.TEST;
import static io.changeflow.processes.ReleasePaths.THREE_WAVES;
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
 * The routes through {@code release} that back out: every wave whose deployment succeeded
 * is backed out, the last deployed first.
 */
@ZeebeProcessTest
class ReleaseBackoutPathTests {

	private ZeebeTestEngine engine;

	private ZeebeClient client;

	private ProcessPaths paths;

	private ReleasePaths release;

	@BeforeEach
	void deploy() {
		this.paths = new ProcessPaths(this.engine, this.client).autoComplete("release-step").deployAppModels();
		this.release = new ReleasePaths(this.paths);
	}

	@Test
	void verificationFailsAtWaveTwoThenWavesTwoAndOneAreBackedOut() {
		var instance = this.release.rollOut();
		this.release.deploy();
		this.release.verify();
		this.release.deploy();
		this.release.fail("verify-wave", "error budget exhausted");

		assertThat(entered(instance)).containsSubsequence("verify_wave", "verify_wave", "wave_unhealthy",
				"verification_failed", "back_out");
		assertThat(instance).hasVariableWithValue("deployedWaves", List.of(TEST, STAGING))
			.hasVariableWithValue("rolloutError", "verification_failed");
		assertThat(this.release.backOut(2)).containsExactly("staging", "test");
		assertThat(entered(instance)).containsSubsequence("back_out", "report_backed_out", "communicate_backout",
				"release_backed_out");
		assertThat(instance).hasNotPassedElement("go_no_go").hasNotPassedElement("update_cmdb").isCompleted();
	}

	@Test
	void backOutRequestedDuringWaveThreeBacksOutAllThree() {
		var instance = this.release.reachWaveThree();
		this.release.deploy();
		this.paths.publishMessage("release_back_out", RELEASE_KEY, Map.of());

		assertThat(instance).hasPassedElement("back_out_requested");
		assertThat(entered(instance)).doesNotContain("wave_failed", "checksum_mismatch", "verification_failed",
				"rollout_stopped");
		assertThat(this.release.backOut(3)).containsExactly("prod", "staging", "test");
		assertThat(instance).hasPassedElement("release_backed_out").isCompleted();
	}

	@Test
	void backOutWhileWaveThreeDeploysLeavesItOut() {
		var instance = this.release.reachWaveThree();
		this.release.start("deploy-wave");
		this.paths.publishMessage("release_back_out", RELEASE_KEY, Map.of());

		// Only waves whose deployment succeeded are backed out; the running one is not.
		assertThat(this.release.backOut(2)).containsExactly("staging", "test");
		assertThat(instance).hasPassedElement("release_backed_out").isCompleted();
	}

	@Test
	void checksumMismatchRefusesTheWaveAndBacksItOut() {
		var instance = this.release.rollOut();
		var deployment = this.release.start("deploy-wave");
		this.release.finish(deployment, "SUCCEEDED",
				Map.of("deployed", List.of(Map.of("name", "billing-api", "sha256", "a1b2c3"),
						Map.of("name", "billing-web", "sha256", "tampered"))));

		assertThat(entered(instance)).contains("checksum_refused").doesNotContain("verify_wave");
		assertThat(instance).hasVariableWithValue("rolloutError", "checksum_mismatch");
		assertThat(this.release.backOut(1)).as("the refused wave was deployed, so it is backed out")
			.containsExactly("test");
		assertThat(instance).hasPassedElement("release_backed_out").isCompleted();
	}

	@Test
	void noGoAtTheManualGateBacksOut() {
		var instance = this.release.rollOut();
		this.release.deploy();
		this.release.verify();
		this.release.deploy();
		this.release.verify();
		this.release.gate("no_go");

		assertThat(entered(instance)).contains("wave_stopped");
		assertThat(instance).hasVariableWithValue("rolloutError", "rollout_stopped");
		assertThat(this.release.backOut(2)).containsExactly("staging", "test");
		assertThat(instance).hasPassedElement("deploy_wave", 2).hasPassedElement("release_backed_out").isCompleted();
	}

	@Test
	void deploymentFailsAtTheFirstWaveSoNothingIsBackedOut() {
		var instance = this.release.rollOut();
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
		var instance = this.release.rollOut();
		this.release.deploy();
		this.release.start("verify-wave");
		this.paths.passTime(Duration.ofMinutes(61));

		assertThat(entered(instance)).containsSubsequence("verify_finished", "verify_timed_out", "wave_unhealthy");
		assertThat(instance).hasVariableWithValue("executionStatus", "FAILED");
		assertThat(this.release.backOut(1)).containsExactly("test");
	}

	private List<String> entered(ProcessInstanceEvent instance) {
		return this.paths.enteredElements(instance);
	}

}
