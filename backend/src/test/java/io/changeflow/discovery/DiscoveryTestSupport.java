package io.changeflow.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.changeflow.change.Rfcs;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.AuditRows;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.IntegrationTest;
import io.changeflow.testing.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends observations as a discovery tool does (bearer token, no session) and gets changes
 * approved, for the discovery tests.
 */
abstract class DiscoveryTestSupport extends IntegrationTest {

	static final ObjectMapper JSON = new ObjectMapper();

	private final HttpClient http = HttpClient.newHttpClient();

	static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
	}

	static Map<String, Object> observation(String ciKey, String attribute, String value, OffsetDateTime at) {
		Map<String, Object> observation = new LinkedHashMap<>();
		observation.put("ciKey", ciKey);
		observation.put("attribute", attribute);
		observation.put("value", value);
		observation.put("observedAt", at.toString());
		return observation;
	}

	@SafeVarargs
	static Map<String, Object> batch(String source, String batchId, Map<String, Object>... observations) {
		Map<String, Object> batch = new LinkedHashMap<>();
		batch.put("source", source);
		batch.put("batchId", batchId);
		batch.put("observations", List.of(observations));
		return batch;
	}

	/** Sends the batch as a discovery tool does: the token, no session. */
	HttpResponse<String> send(Map<String, Object> batch) throws Exception {
		return send(batch, "Bearer " + TestInfrastructure.DISCOVERY_TOKEN);
	}

	HttpResponse<String> send(Map<String, Object> batch, String authorization) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/cmdb/observations"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.POST(BodyPublishers.ofString(JSON.writeValueAsString(batch))).build(),
				BodyHandlers.ofString());
	}

	JsonNode accepted(Map<String, Object> batch) throws Exception {
		HttpResponse<String> response = send(batch);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	void assertRefused(Map<String, Object> batch, String field) throws Exception {
		HttpResponse<String> response = send(batch);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.path("errors").findValuesAsText("field")).as(response.body()).contains(field);
	}

	/**
	 * A normal change on the item with the window, accepted by the change manager and
	 * approved by every CAB member it asks. (A window this close is no standard change:
	 * the classification wants lead time.)
	 */
	String approvedChange(String title, String ciKey, OffsetDateTime start, OffsetDateTime end) {
		Map<String, Object> rfc = Rfcs.valid(title, List.of(ciKey));
		rfc.put("plannedStart", start.toString());
		rfc.put("plannedEnd", end.toString());
		ApiSession requester = signedIn("requester");
		String key = changeFlows().submit(requester, rfc);
		changeFlows().awaitState(requester, key, "IN_REVIEW");
		changeFlows().complete("manager", key, "REVIEW_RFC", Map.of("decision", "accept"));
		changeFlows().awaitState(requester, key, "AWAITING_CAB");
		List<Map<String, Object>> votes = Eventually.await("CAB votes on " + key,
				() -> this.jdbc.queryForList(
						"select id::text as id, assignee from human_task where business_key = ? and kind = 'CAB_VOTE'"
								+ " and state = 'OPEN' order by assignee",
						key),
				(open) -> open.size() >= 3);
		for (Map<String, Object> vote : votes) {
			// A vote the quorum made unneeded a moment before still goes on the record
			// (200).
			Response response = signedIn((String) vote.get("assignee"))
				.post("/api/tasks/" + vote.get("id") + "/complete", Map.of("decision", "approve"));
			assertThat(response.status()).as(vote + ": " + response).isEqualTo(200);
		}
		changeFlows().awaitState(requester, key, "READY_FOR_RELEASE");
		return key;
	}

	long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	static JsonNode lastHistoryRow(ApiSession session, String ciKey) {
		Response history = session.get("/api/cis/" + ciKey + "/history");
		assertThat(history.status()).as(history.toString()).isEqualTo(200);
		return history.json().path(history.json().size() - 1);
	}

}
