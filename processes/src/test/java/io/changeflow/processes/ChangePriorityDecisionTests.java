package io.changeflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ITIL priority matrix: impact and urgency (1 high .. 3 low) give P1 .. P5.
 */
@ZeebeProcessTest
class ChangePriorityDecisionTests {

	private ZeebeTestEngine engine;

	private ZeebeClient client;

	private ProcessPaths paths;

	@BeforeEach
	void deploy() {
		this.paths = new ProcessPaths(this.engine, this.client).deployAppModels();
	}

	@ParameterizedTest(name = "impact {0} x urgency {1} = {2}")
	@CsvSource({ "1,1,P1", "1,2,P2", "1,3,P3", "2,1,P2", "2,2,P3", "2,3,P4", "3,1,P3", "3,2,P4", "3,3,P5" })
	void matrix(int impact, int urgency, String priority) {
		String output = this.paths.evaluateDecision("change_priority", Map.of("impact", impact, "urgency", urgency));

		assertThat(output).isEqualTo("\"" + priority + "\"");
	}

	@Test
	void impactOutsideTheMatrixHasNoPriority() {
		String output = this.paths.evaluateDecision("change_priority", Map.of("impact", 9, "urgency", 1));

		assertThat(output).isEqualTo("null");
	}

}
