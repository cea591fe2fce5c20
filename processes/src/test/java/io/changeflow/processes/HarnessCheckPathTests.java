package io.changeflow.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The path harness drives service tasks, job-worker user tasks and gateways, and fails
 * loudly when a path does not exist.
 */
@ZeebeProcessTest
class HarnessCheckPathTests {

	private ZeebeTestEngine engine;

	private ZeebeClient client;

	private ProcessPaths paths;

	@BeforeEach
	void deploy() {
		this.paths = new ProcessPaths(this.engine, this.client).deployResources("bpmn/harness-check.bpmn");
	}

	@Test
	void approvedPath() {
		var instance = this.paths.start("harness_check", Map.of());
		this.paths.completeJob("prepare-work", Map.of("prepared", true));
		var task = this.paths.completeUserTask("decide_work", Map.of("approved", true));

		assertThat(instance).hasPassedElementsInOrder("prepare_work", "decide_work", "work_approved")
			.hasNotPassedElement("work_rejected")
			.isCompleted();
		org.assertj.core.api.Assertions.assertThat(task.getCustomHeaders())
			.containsEntry("io.camunda.zeebe:candidateGroups", "[\"CHANGE_MANAGER\"]")
			.containsEntry("io.camunda.zeebe:formKey", "changeflow:decide");
	}

	@Test
	void rejectedPath() {
		var instance = this.paths.start("harness_check", Map.of());
		this.paths.completeJob("prepare-work", Map.of());
		this.paths.completeUserTask("decide_work", Map.of("approved", false));

		assertThat(instance).hasPassedElement("work_rejected").hasNotPassedElement("work_approved").isCompleted();
	}

	@Test
	void aMissingTaskFailsTheTest() {
		this.paths.start("harness_check", Map.of());

		assertThatThrownBy(() -> this.paths.completeUserTask("decide_work", Map.of()))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("decide_work");
	}

}
