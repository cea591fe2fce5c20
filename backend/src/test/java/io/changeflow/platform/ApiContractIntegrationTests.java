package io.changeflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.changeflow.testing.ApiContract;
import io.changeflow.testing.IntegrationTest;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code api/openapi.json} is what the server publishes. The web UI's
 * client is generated from the committed file, so a server change that is not carried
 * into it fails here. Run with {@code -Dchangeflow.contract.update=true} to write the
 * published document over the committed one, then review the diff.
 */
class ApiContractIntegrationTests extends IntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void theCommittedDocumentIsWhatTheServerPublishes() throws Exception {
		String published = signedIn("admin").get("/v3/api-docs").body();
		if (Boolean.getBoolean("changeflow.contract.update")) {
			Files.writeString(ApiContract.DOCUMENT,
					JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(published)) + "\n");
		}
		JsonNode committed = JSON.readTree(Files.readString(ApiContract.DOCUMENT));
		assertThat(JSON.readTree(published))
			.as("api/openapi.json is out of date: run ./changeflow contract and commit the result")
			.isEqualTo(committed);
	}

}
