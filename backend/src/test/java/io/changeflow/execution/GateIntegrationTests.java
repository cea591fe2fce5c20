package io.changeflow.execution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.IntegrationTest;
import io.changeflow.testing.TestInfrastructure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The gating API as a pipeline calls it: a bearer token, no session; a change may be
 * deployed when its approval stands and now is inside its planned window.
 */
class GateIntegrationTests extends IntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void onlyTheGatesTokenOpensTheGate() throws Exception {
		String key = draft();

		assertThat(gate(key, null).statusCode()).isEqualTo(401);
		assertThat(gate(key, "Bearer wrong-token").statusCode()).isEqualTo(401);
		assertThat(gate(key, TestInfrastructure.GATES_TOKEN).statusCode()).isEqualTo(401);
		assertThat(gate("CHG-999999", "Bearer " + TestInfrastructure.GATES_TOKEN).statusCode()).isEqualTo(404);
		assertThat(gate(key, "Bearer " + TestInfrastructure.GATES_TOKEN).statusCode()).isEqualTo(200);
	}

	@Test
	void aChangeNotYetApprovedIsNotAllowed() throws Exception {
		String key = draft();

		JsonNode answer = allowed(key);

		assertThat(answer.path("changeKey").asText()).isEqualTo(key);
		assertThat(answer.path("state").asText()).isEqualTo("DRAFT");
		assertThat(answer.path("approved").asBoolean()).isFalse();
		assertThat(answer.path("allowed").asBoolean()).isFalse();
		assertThat(answer.path("reason").asText()).contains("Not approved");
	}

	@Test
	void anApprovedChangeIsAllowedInsideItsWindowOnly() throws Exception {
		String key = draft();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		place(key, "READY_FOR_RELEASE", now.minusHours(1), now.plusHours(1));

		JsonNode inside = allowed(key);
		assertThat(inside.path("approved").asBoolean()).isTrue();
		assertThat(inside.path("inWindow").asBoolean()).isTrue();
		assertThat(inside.path("allowed").asBoolean()).isTrue();
		assertThat(inside.path("plannedStart").asText()).isNotBlank();

		place(key, "READY_FOR_RELEASE", now.plusHours(2), now.plusHours(3));
		JsonNode before = allowed(key);
		assertThat(before.path("approved").asBoolean()).isTrue();
		assertThat(before.path("inWindow").asBoolean()).isFalse();
		assertThat(before.path("allowed").asBoolean()).isFalse();
		assertThat(before.path("reason").asText()).contains("outside");
	}

	private JsonNode allowed(String key) throws Exception {
		HttpResponse<String> response = gate(key, "Bearer " + TestInfrastructure.GATES_TOKEN);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
	}

	private HttpResponse<String> gate(String key, String authorization) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/gates/changes/" + key))
			.header("Accept", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.GET().build(), BodyHandlers.ofString());
	}

	/**
	 * Puts a change where the process would have: approved states are the process's to
	 * set.
	 */
	private void place(String key, String state, OffsetDateTime start, OffsetDateTime end) {
		this.jdbc.update("update change_request set state = ?, planned_start = ?, planned_end = ? where change_key = ?",
				state, Timestamp.from(start.toInstant()), Timestamp.from(end.toInstant()), key);
	}

	private String draft() {
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", "Upgrade checkout-api to 2.9.0");
		body.put("description", "Upgrade the checkout API to 2.9.0, which fixes the rounding of discounts.");
		body.put("justification", "Customers see wrong totals for 3-for-2 offers.");
		body.put("category", "APPLICATION");
		body.put("affectedCis", List.of("CI-00003"));
		body.put("impact", 2);
		body.put("urgency", 2);
		body.put("implementationPlan", "Blue/green deployment of 2.9.0 behind edge-lb.");
		body.put("testPlan", "Smoke tests; place a test order.");
		body.put("backoutPlan", "Switch edge-lb back to the green pool running 2.8.3.");
		body.put("timeZone", "Europe/Berlin");
		body.put("incidentRefs", List.of());
		body.put("emergency", false);
		body.put("plannedStart", start.toString());
		body.put("plannedEnd", start.plusHours(2).toString());
		Response created = signedIn("requester").post("/api/changes", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("key").asText();
	}

}
