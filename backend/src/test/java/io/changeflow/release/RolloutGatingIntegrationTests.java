package io.changeflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.AuditRows;
import io.changeflow.testing.ChangeWindows;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rollout starts inside the approved windows of its changes and outside every blackout
 * window, unless a change manager records an override; the release page and the gating
 * API say the same. Real engine, real database, the simulated executor.
 */
class RolloutGatingIntegrationTests extends ReleaseTestSupport {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aRolloutOutsideTheApprovedWindowIsRefusedThenAllowedAfterAnOverride() throws Exception {
		// Planned a month ahead: now is outside the approved window.
		String change = readyNormalChange("Upgrade checkout-api to 4.2.0", List.of("CI-00003"), 0);
		ApiSession releng = signedIn("releng");
		String key = releng.post("/api/releases", release("Checkout 4.2", List.of(change))).json().path("key").asText();
		releng.post("/api/releases/" + key + "/artifacts", artifact("checkout-api", "4.2.0", "4a".repeat(32)));
		readyToRollOut(releng, key);

		JsonNode ready = releng.get("/api/releases/" + key).json();
		assertThat(ready.path("rolloutRefusal").asText()).contains(change, "approved for", "outside that window");
		assertThat(ready.path("overrides")).isEmpty();
		Response refused = start(key);
		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.json().path("detail").asText()).contains("The rollout of " + key + " cannot start now",
				change + " is approved for", "now is outside that window", "window override");
		JsonNode releaseGate = gate("/api/gates/releases/" + key);
		assertThat(releaseGate.path("allowed").asBoolean()).isFalse();
		assertThat(releaseGate.path("reason").asText()).contains(change, "outside that window");
		JsonNode changeGate = gate("/api/gates/changes/" + change);
		assertThat(changeGate.path("approved").asBoolean()).isTrue();
		assertThat(changeGate.path("allowed").asBoolean()).isFalse();
		assertThat(changeGate.path("reason").asText()).contains("outside that window");

		Map<String, String> override = Map.of("reason", "Security fix; the service owner agreed to go tonight");
		assertThat(signedIn("auditor").post("/api/releases/" + key + "/rollout-override", override).status())
			.isEqualTo(403);
		assertThat(releng.post("/api/releases/" + key + "/rollout-override", override).status())
			.as("the release engineer cannot override their own rollout's windows")
			.isEqualTo(403);
		ApiSession manager = signedIn("manager");
		assertThat(manager.post("/api/releases/" + key + "/rollout-override", Map.of("reason", " ")).status())
			.isEqualTo(400);
		Response recorded = new AuditRows(this.jdbc).expectOne("manager", "RolloutOverrideRecorded",
				() -> manager.post("/api/releases/" + key + "/rollout-override", override));

		JsonNode overrides = recorded.json().path("overrides");
		assertThat(overrides).hasSize(1);
		assertThat(overrides.get(0).path("by").asText()).isEqualTo("manager");
		assertThat(overrides.get(0).path("reason").asText()).isEqualTo(override.get("reason"));
		assertThat(overrides.get(0).path("refusal").asText()).contains(change, "outside that window");
		JsonNode entry = timelineEntry(releng.get("/api/releases/" + key).json(), "rollout_override");
		assertThat(entry.path("stepName").asText()).isEqualTo("Window override");
		assertThat(entry.path("actor").asText()).isEqualTo("manager");
		assertThat(entry.path("detail").asText()).isEqualTo(override.get("reason"));
		assertThat(gate("/api/gates/releases/" + key).path("allowed").asBoolean()).isTrue();
		assertThat(gate("/api/gates/releases/" + key).path("override").asText()).contains("Window override by manager",
				override.get("reason"));
		JsonNode overriddenChange = gate("/api/gates/changes/" + change);
		assertThat(overriddenChange.path("allowed").asBoolean()).isTrue();
		assertThat(overriddenChange.path("reason").asText()).contains("Window override by manager for " + key);

		Response started = start(key);
		assertThat(started.status()).as(started.toString()).isEqualTo(200);
		complete("releng", key, "GO_NO_GO", Map.of("decision", "go"));
		awaitRelease(key, "CLOSED");
		// The deployed artifact gives the CI its version.
		assertThat(releng.get("/api/cis/CI-00003").json().path("version").asText()).isEqualTo("4.2.0");
		JsonNode history = releng.get("/api/cis/CI-00003/history").json();
		assertThat(history).hasSize(1);
		assertThat(history.get(0).path("field").asText()).isEqualTo("version");
		assertThat(history.get(0).path("oldValue").asText()).isEqualTo("2.8.3");
		assertThat(history.get(0).path("newValue").asText()).isEqualTo("4.2.0");
		assertThat(history.get(0).path("releaseKey").asText()).isEqualTo(key);
		assertThat(history.get(0).path("cause").asText()).isEqualTo("RELEASE");
		assertThat(manager.post("/api/releases/" + key + "/rollout-override", override).status())
			.as("an ended release has no rollout left to override")
			.isEqualTo(409);
	}

	@Test
	void aRolloutInsideABlackoutIsRefusedAndTheGateSaysWhy() throws Exception {
		String change = readyStandardChange("Restart checkout-api staging", "CI-00009", 0);
		ApiSession releng = signedIn("releng");
		String key = releng.post("/api/releases", release("Staging restart", List.of(change)))
			.json()
			.path("key")
			.asText();
		readyToRollOut(releng, key);
		ChangeWindows.openNow(this.jdbc, key);
		assertThat(gate("/api/gates/releases/" + key).path("allowed").asBoolean())
			.as("inside its window, no blackout yet")
			.isTrue();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		Response freeze = signedIn("admin").post("/api/blackout-windows", Map.of("name", "Peak sales freeze",
				"startsAt", now.minusHours(2).toString(), "endsAt", now.plusHours(6).toString()));
		assertThat(freeze.status()).as(freeze.toString()).isEqualTo(201);

		Response refused = start(key);

		assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
		assertThat(refused.json().path("detail").asText()).contains("Blackout window \"Peak sales freeze\"")
			.doesNotContain("outside that window");
		assertThat(releng.get("/api/releases/" + key).json().path("rolloutRefusal").asText())
			.contains("Peak sales freeze");
		JsonNode changeGate = gate("/api/gates/changes/" + change);
		assertThat(changeGate.path("inWindow").asBoolean()).isTrue();
		assertThat(changeGate.path("allowed").asBoolean()).isFalse();
		assertThat(changeGate.path("reason").asText()).contains("Peak sales freeze");
		JsonNode releaseGate = gate("/api/gates/releases/" + key);
		assertThat(releaseGate.path("allowed").asBoolean()).isFalse();
		assertThat(releaseGate.path("refusals").toString()).contains("Peak sales freeze");
		assertThat(awaitRelease(key, "READY_TO_ROLL_OUT").path("openTasks").findValuesAsText("kind"))
			.as("the start task stays open for when it may start")
			.contains("START_ROLLOUT");
	}

	/** Built, tested, accepted by both roles, the plan approved: the start task waits. */
	private void readyToRollOut(ApiSession releng, String key) {
		assertThat(releng.post("/api/releases/" + key + "/build", Map.of()).status()).isEqualTo(200);
		complete("releng2", key, "ACCEPT_RELEASE", Map.of("decision", "accept"));
		complete("manager", key, "ACCEPT_RELEASE", Map.of("decision", "accept"));
		complete("manager", key, "REVIEW_ROLLOUT_PLAN", Map.of("decision", "approve"));
		awaitRelease(key, "READY_TO_ROLL_OUT");
	}

	/** The release engineer completes the start task: the answer, whatever it is. */
	private Response start(String key) {
		ApiSession releng = signedIn("releng");
		String task = Eventually.await("the start of " + key, () -> this.jdbc.queryForList(
				"select id::text from human_task where business_key = ? and kind = 'START_ROLLOUT' and state = 'OPEN'",
				String.class, key), (open) -> !open.isEmpty())
			.get(0);
		return releng.post("/api/tasks/" + task + "/complete", Map.of("decision", "start"));
	}

	private JsonNode gate(String path) throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept", "application/json")
				.header("Authorization", "Bearer " + TestInfrastructure.GATES_TOKEN)
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return new ObjectMapper().readTree(response.body());
	}

	private static JsonNode timelineEntry(JsonNode release, String elementId) {
		for (JsonNode step : release.path("history")) {
			if (elementId.equals(step.path("elementId").asText())) {
				return step;
			}
		}
		throw new AssertionError("no " + elementId + " in " + release.path("history"));
	}

}
