package io.changeflow.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static io.changeflow.processes.ReleasePaths.STAGING;
import static io.changeflow.processes.ReleasePaths.TEST;
import static io.changeflow.processes.ReleasePaths.THREE_WAVES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The routes through {@code release} up to its end or to the rollout's completion, one
 * test per path; the failures during the rollout are in {@link ReleaseBackoutPathTests}.
 * The test plays the execution workers (they start an execution and answer later with
 * {@code execution_finished}) and the people who accept and start the rollout.
 */
@ZeebeProcessTest
class ReleasePathTests {

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
	void buildWithoutResultInTimeFailsAfterTheConfiguredTimeout() {
		var instance = this.release.build(THREE_WAVES);
		this.paths.setVariables(instance, Map.of("executionTimeout", "PT10M"));
		this.release.start("build-release");
		this.paths.passTime(Duration.ofMinutes(11));

		assertThat(instance).hasPassedElement("build_timed_out").hasPassedElement("build_failed").isCompleted();
	}

	@Test
	void resultPublishedBeforeTheWaitOpensIsKept() {
		var instance = this.release.build(THREE_WAVES);
		// The executor may answer before the worker's job completion reaches the engine;
		// the message's time to live keeps the answer until the process waits for it.
		this.paths.publishMessage("execution_finished", "early-build",
				Map.of("executionStatus", "SUCCEEDED", "executionResult", Map.of()));
		this.paths.completeJob("build-release", Map.of("executionId", "early-build"));

		assertThat(instance).hasPassedElement("build_finished").isWaitingAtElements("test_release");
	}

	@Test
	void peopleGetTheirTasksWithFormAndGroup() {
		var instance = this.release.build(THREE_WAVES);
		this.release.buildAndTest();

		assertThat(this.paths.openUserTasks("accept_release")).extracting(ActivatedJob::getCustomHeaders)
			.extracting((headers) -> headers.get("io.camunda.zeebe:candidateGroups"),
					(headers) -> headers.get("io.camunda.zeebe:formKey"))
			.containsExactlyInAnyOrder(tuple("[\"RELEASE_ENGINEER\"]", "changeflow:accept-release"),
					tuple("[\"CHANGE_MANAGER\"]", "changeflow:accept-release"));
		this.release.accept("RELEASE_ENGINEER", "accept");
		this.release.accept("CHANGE_MANAGER", "accept");
		assertThat(instance).hasVariableWithValue("acceptances", List.of("accept", "accept"));
		assertThat(this.paths.openUserTasks("review_rollout_plan")).extracting(ActivatedJob::getCustomHeaders)
			.containsExactly(Map.of("io.camunda.zeebe:candidateGroups", "[\"CHANGE_MANAGER\"]",
					"io.camunda.zeebe:formKey", "changeflow:review-rollout-plan"));
		this.paths.completeUserTask("review_rollout_plan", Map.of("decision", "approve"));
		assertThat(this.paths.openUserTasks("start_rollout")).extracting(ActivatedJob::getCustomHeaders)
			.containsExactly(Map.of("io.camunda.zeebe:candidateGroups", "[\"RELEASE_ENGINEER\"]",
					"io.camunda.zeebe:formKey", "changeflow:start-rollout"));
	}

	private List<String> entered(ProcessInstanceEvent instance) {
		return this.paths.enteredElements(instance);
	}

}
