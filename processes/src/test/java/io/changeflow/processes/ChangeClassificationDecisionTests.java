package io.changeflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Class, risk and approval route of a change, and who must approve it.
 */
@ZeebeProcessTest
class ChangeClassificationDecisionTests {

	private ZeebeTestEngine engine;

	private ZeebeClient client;

	private ProcessPaths paths;

	@BeforeEach
	void deploy() {
		this.paths = new ProcessPaths(this.engine, this.client).deployAppModels();
	}

	@ParameterizedTest(name = "emergency={0} model={1} {2} {3} lead {4}h -> {5} {6} {7}")
	@CsvSource({ "true,false,P3,CRITICAL,100,EMERGENCY,HIGH,ECAB", "true,true,P5,LOW,100,EMERGENCY,MEDIUM,ECAB",
			"false,true,P4,LOW,48,STANDARD,LOW,PRE_APPROVED", "false,true,P4,HIGH,48,NORMAL,MEDIUM,CAB",
			"false,true,P4,LOW,2,NORMAL,HIGH,CAB", "false,true,P2,LOW,48,NORMAL,HIGH,CAB",
			"false,false,P1,LOW,48,NORMAL,HIGH,CAB", "false,false,P4,CRITICAL,48,NORMAL,HIGH,CAB",
			"false,false,P4,HIGH,48,NORMAL,MEDIUM,CAB", "false,false,P5,LOW,48,NORMAL,LOW,CAB" })
	void classification(boolean emergency, boolean standardModel, String priority, String ciCriticality,
			int leadTimeHours, String changeClass, String risk, String route) {
		String output = this.paths.evaluateDecision("change_classification",
				Map.of("emergency", emergency, "standardModel", standardModel, "priority", priority, "ciCriticality",
						ciCriticality, "leadTimeHours", leadTimeHours));

		assertThat(output).isEqualTo("{\"changeClass\":\"%s\",\"risk\":\"%s\",\"approvalRoute\":\"%s\"}"
			.formatted(changeClass, risk, route));
	}

	@Test
	void theCabAlwaysVotes() {
		String output = this.paths.evaluateDecision("cab_policy",
				Map.of("ciTypes", List.of("APPLICATION"), "risk", "LOW", "ownerGroups", List.of()));

		assertThat(output).isEqualTo("[{\"role\":\"CAB\",\"quorum\":0}]");
	}

	@Test
	void aHighRiskDatabaseChangeNeedsTheDbaSecurityAndTheOwners() {
		String output = this.paths.evaluateDecision("cab_policy",
				Map.of("ciTypes", List.of("DATABASE", "SERVER"), "risk", "HIGH", "ownerGroups", List.of("dba")));

		assertThat(output).isEqualTo("[{\"role\":\"CAB\",\"quorum\":0},{\"role\":\"group:dba\",\"quorum\":1},"
				+ "{\"role\":\"group:security\",\"quorum\":1},{\"role\":\"owners\",\"quorum\":1}]");
	}

	@ParameterizedTest(name = "CI {0}, impacted service {1} -> risk {2}")
	@CsvSource({ "LOW,CRITICAL,MEDIUM", "LOW,HIGH,LOW", "LOW,,LOW", "HIGH,CRITICAL,MEDIUM", "CRITICAL,CRITICAL,HIGH" })
	void riskReflectsTheImpactedBusinessServices(String ciCriticality, String serviceCriticality, String risk) {
		Map<String, Object> variables = new java.util.HashMap<>(Map.of("emergency", false, "standardModel", false,
				"priority", "P4", "ciCriticality", ciCriticality, "leadTimeHours", 48));
		variables.put("serviceCriticality", serviceCriticality);
		String output = this.paths.evaluateDecision("change_classification", variables);

		assertThat(output)
			.isEqualTo("{\"changeClass\":\"NORMAL\",\"risk\":\"%s\",\"approvalRoute\":\"CAB\"}".formatted(risk));
	}

}
