package io.changeflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChangeModelIntegrationTests extends IntegrationTest {

	@Autowired
	private ChangeProcessRecords changes;

	@Autowired
	private ZeebeTestEngine engine;

	private ApiSession admin;

	@BeforeEach
	void signIn() {
		this.admin = signedIn("admin");
	}

	@Test
	void theDemoSeedsTwoModels() {
		JsonNode models = signedIn("requester").get("/api/change-models").json();

		assertThat(models.findValuesAsText("name")).containsExactly("Restart app server", "Rotate TLS certificate");
		assertThat(models.get(0).path("allowedCiTypes").toString()).isEqualTo("[\"SERVER\",\"APPLICATION\"]");
	}

	@Test
	void adminsCreateEditAndDeactivateModels() {
		Response created = this.admin.post("/api/change-models", model("Flush CDN cache", "CERTIFICATE", "SERVICE"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String id = created.json().path("id").asText();
		assertThat(created.header("Location")).isEqualTo("/api/change-models/" + id);
		assertThat(created.json().path("active").asBoolean()).isTrue();

		Map<String, Object> edited = model("Purge CDN cache", "SERVICE");
		Response put = this.admin.put("/api/change-models/" + id, edited);
		assertThat(put.status()).as(put.toString()).isEqualTo(200);
		assertThat(put.json().path("allowedCiTypes").toString()).isEqualTo("[\"SERVICE\"]");

		Response deactivated = this.admin.post("/api/change-models/" + id + "/deactivate", Map.of());
		assertThat(deactivated.json().path("active").asBoolean()).isFalse();

		ApiSession requester = signedIn("requester");
		assertThat(requester.get("/api/change-models").json().findValuesAsText("name"))
			.containsExactly("Restart app server", "Rotate TLS certificate");
		assertThat(requester.get("/api/change-models/" + id).json().path("name").asText()).isEqualTo("Purge CDN cache");
		assertThat(this.admin.get("/api/change-models?all=true").json().findValuesAsText("name"))
			.containsExactly("Purge CDN cache", "Restart app server", "Rotate TLS certificate");
	}

	@Test
	void onlyAdminsWriteModels() {
		String id = modelId("Restart app server");
		ApiSession manager = signedIn("manager");

		assertThat(manager.post("/api/change-models", model("Mine", "SERVER")).status()).isEqualTo(403);
		assertThat(manager.put("/api/change-models/" + id, model("Mine", "SERVER")).status()).isEqualTo(403);
		assertThat(signedIn("requester").post("/api/change-models/" + id + "/deactivate", Map.of()).status())
			.isEqualTo(403);
		assertThat(signedIn("auditor").get("/api/change-models?all=true").status()).isEqualTo(403);
		assertThat(this.admin.get("/api/change-models/" + id).json().path("active").asBoolean()).isTrue();
	}

	@Test
	void aModelNeedsAValidBodyAndAUniqueName() {
		Map<String, Object> noTypes = model("Empty", "SERVER");
		noTypes.put("allowedCiTypes", List.of());
		Map<String, Object> badType = model("Odd", "SERVER");
		badType.put("allowedCiTypes", List.of("TOASTER"));
		Map<String, Object> html = model("Html", "SERVER");
		html.put("backoutPlan", "<a href=x>undo</a>");

		assertThat(fieldOf(this.admin.post("/api/change-models", noTypes))).isEqualTo("allowedCiTypes");
		assertThat(fieldOf(this.admin.post("/api/change-models", badType))).startsWith("allowedCiTypes");
		assertThat(fieldOf(this.admin.post("/api/change-models", html))).isEqualTo("backoutPlan");
		Response duplicate = this.admin.post("/api/change-models", model("restart APP server", "SERVER"));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.json().path("errors").get(0).path("field").asText()).isEqualTo("name");
		assertThat(this.jdbc.queryForObject("select count(*) from change_model", Integer.class)).isEqualTo(2);
	}

	@Test
	void anRfcFromAModelTakesItsCategoryAndPlans() {
		String id = modelId("Restart app server");
		ApiSession requester = signedIn("requester");
		Map<String, Object> rfc = Rfcs.valid("Restart app-server-01", List.of("CI-00005", "CI-00003"));
		rfc.put("changeModelId", id);
		rfc.put("category", "OTHER");
		rfc.remove("backoutPlan");

		Response created = requester.post("/api/changes", rfc);
		Response submitted = requester.post("/api/changes/CHG-000001/submit", Map.of());

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().path("category").asText()).isEqualTo("INFRASTRUCTURE");
		assertThat(created.json().path("implementationPlan").asText()).startsWith("1. Drain the server");
		assertThat(created.json().path("backoutPlan").asText()).startsWith("Take the server out of the pool");
		assertThat(created.json().path("changeModelId").asText()).isEqualTo(id);
		assertThat(submitted.status()).isEqualTo(200);
		ChangeFacts facts = this.changes.facts("CHG-000001");
		assertThat(facts.changeModelId()).isEqualTo(id);
		assertThat(facts.modelCiTypes()).containsExactly("SERVER", "APPLICATION");
		// The engine hears of the submit after its commit.
		Long instance = Eventually.await("a process runs for it",
				() -> this.jdbc.queryForObject(
						"select process_instance_key from change_request where change_key = 'CHG-000001'", Long.class),
				(key) -> key != null);
		processes().settle();
		new ProcessInstanceAssert(instance, RecordStream.of(this.engine.getRecordStreamSource()))
			.hasVariableWithValue("changeKey", "CHG-000001")
			.hasVariableWithValue("standardModel", true);
	}

	@Test
	void anRfcFromAModelMayOnlyTouchItsCiTypes() {
		Map<String, Object> rfc = Rfcs.valid("Rotate the orders-db certificate", List.of("CI-00008", "CI-00004"));
		rfc.put("changeModelId", modelId("Rotate TLS certificate"));

		Response response = signedIn("requester").post("/api/changes", rfc);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("affectedCis");
		assertThat(response.json().path("errors").get(0).path("message").asText()).contains("CI-00004")
			.doesNotContain("CI-00008");
		assertThat(this.jdbc.queryForObject("select count(*) from change_request", Integer.class)).isZero();
	}

	@Test
	void anInactiveModelTakesNoNewRfcsAndNoSubmissions() {
		String id = modelId("Restart app server");
		ApiSession requester = signedIn("requester");
		Map<String, Object> rfc = Rfcs.valid("Restart app-server-01", List.of("CI-00005"));
		rfc.put("changeModelId", id);
		assertThat(requester.post("/api/changes", rfc).status()).isEqualTo(201);

		this.admin.post("/api/change-models/" + id + "/deactivate", Map.of());
		Response another = requester.post("/api/changes", rfc);
		Response submit = requester.post("/api/changes/CHG-000001/submit", Map.of());

		assertThat(fieldOf(another)).isEqualTo("changeModelId");
		assertThat(fieldOf(submit)).isEqualTo("changeModelId");
		assertThat(requester.get("/api/changes/CHG-000001").json().path("state").asText()).isEqualTo("DRAFT");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from change_request where process_instance_key is not null", Integer.class))
			.as("no process started")
			.isZero();
	}

	private String modelId(String name) {
		for (JsonNode model : this.admin.get("/api/change-models").json()) {
			if (model.path("name").asText().equals(name)) {
				return model.path("id").asText();
			}
		}
		throw new AssertionError("No model " + name);
	}

	private static String fieldOf(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		return response.json().path("errors").get(0).path("field").asText();
	}

	private static Map<String, Object> model(String name, String... ciTypes) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", name);
		model.put("description", "When the CDN serves stale assets after a release.");
		model.put("category", "APPLICATION");
		model.put("implementationPlan", "Purge all paths of the shop.");
		model.put("testPlan", "The new asset hashes are served.");
		model.put("backoutPlan", "None needed: the origin serves the same content.");
		model.put("allowedCiTypes", List.of(ciTypes));
		return model;
	}

}
