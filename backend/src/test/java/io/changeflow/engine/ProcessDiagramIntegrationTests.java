package io.changeflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The BPMN the UI draws comes from the models the app deployed.
 */
class ProcessDiagramIntegrationTests extends IntegrationTest {

	@Test
	void servesTheBpmnOfADeployedProcess() {
		Response diagram = signedIn("requester").get("/api/processes/change_request/diagram");

		assertThat(diagram.status()).isEqualTo(200);
		assertThat(diagram.header("Content-Type")).startsWith("application/xml");
		assertThat(diagram.body()).contains("<bpmn:process id=\"change_request\"")
			.contains("id=\"ready_for_release_di\"");
	}

	@Test
	void unknownProcessIsNotFoundAndVisitorsMustSignIn() {
		assertThat(signedIn("requester").get("/api/processes/no_such_process/diagram").status()).isEqualTo(404);
		assertThat(anonymous().get("/api/processes/change_request/diagram").status()).isEqualTo(401);
	}

}
