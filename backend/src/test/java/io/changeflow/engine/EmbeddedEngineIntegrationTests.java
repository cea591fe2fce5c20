package io.changeflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.changeflow.testing.IntegrationTest;
import io.changeflow.testing.ProcessDriver;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The app's own client reaches the embedded engine, the models of processes/ are deployed
 * at start, and the test harness drives a process through service and user tasks.
 */
class EmbeddedEngineIntegrationTests extends IntegrationTest {

	@Test
	void theAppDeployedTheDecisionModelsAtStart() {
		var result = processes().client()
			.newEvaluateDecisionCommand()
			.decisionId("change_priority")
			.variables(Map.of("impact", 1, "urgency", 2))
			.send()
			.join();

		assertThat(result.getDecisionOutput()).isEqualTo("\"P2\"");
	}

	@Test
	void theHarnessDrivesAProcessAlongItsPath() {
		ProcessDriver driver = processes();
		BpmnModelInstance model = Bpmn.createExecutableProcess("harness_smoke")
			.startEvent("smoke_started")
			.serviceTask("check_input", (task) -> task.zeebeJobType("check-input"))
			.userTask("confirm_input")
			.endEvent("smoke_done")
			.done();
		driver.client().newDeployResourceCommand().addProcessModel(model, "harness-smoke.bpmn").send().join();

		var instance = driver.start("harness_smoke", Map.of("rfc", "CHG-000001"));
		var job = driver.awaitJob("check-input");
		assertThat(job.getVariablesAsMap()).containsEntry("rfc", "CHG-000001");
		driver.complete(job, Map.of("checked", true));
		driver.complete(driver.awaitUserTask(instance, "confirm_input"), Map.of());

		driver.assertThatInstance(instance)
			.hasPassedElementsInOrder("check_input", "confirm_input", "smoke_done")
			.hasVariableWithValue("checked", true)
			.isCompleted();
	}

}
