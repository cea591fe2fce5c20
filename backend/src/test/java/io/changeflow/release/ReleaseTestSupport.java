package io.changeflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives changes to "ready for release" over REST and builds release bodies, for the
 * release tests.
 */
abstract class ReleaseTestSupport extends IntegrationTest {

	/** A month ahead, on the hour: far enough for every window a test plans. */
	static final OffsetDateTime BASE = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.HOURS);

	/**
	 * A standard change (model "Restart app server", pre-approved) on a low-criticality
	 * item, ready for release.
	 */
	String readyStandardChange(String title, String ci, int startHours) {
		Map<String, Object> rfc = rfc(title, List.of(ci), startHours);
		rfc.put("changeModelId", this.jdbc.queryForObject("select id::text from change_model where name = ?",
				String.class, "Restart app server"));
		String key = submit(rfc);
		awaitChange(key, "READY_FOR_RELEASE");
		return key;
	}

	/** A normal change: the change manager accepts it, every CAB member approves. */
	String readyNormalChange(String title, List<String> cis, int startHours) {
		String key = submit(rfc(title, cis, startHours));
		awaitChange(key, "IN_REVIEW");
		complete("manager", key, "REVIEW_RFC", Map.of("decision", "accept"));
		awaitChange(key, "AWAITING_CAB");
		List<Map<String, Object>> votes = Eventually.await("CAB votes on " + key,
				() -> this.jdbc.queryForList(
						"select id::text as id, assignee from human_task where business_key = ? and kind = 'CAB_VOTE'"
								+ " and state = 'OPEN' order by assignee",
						key),
				(open) -> open.size() >= 3);
		// Each member votes on the task they were given; a vote the quorum made unneeded
		// a
		// moment before still goes on the record (200).
		for (Map<String, Object> vote : votes) {
			Response response = signedIn((String) vote.get("assignee"))
				.post("/api/tasks/" + vote.get("id") + "/complete", Map.of("decision", "approve"));
			assertThat(response.status()).as(vote + ": " + response).isEqualTo(200);
		}
		awaitChange(key, "READY_FOR_RELEASE");
		return key;
	}

	String submit(Map<String, Object> rfc) {
		ApiSession requester = signedIn("requester");
		Response created = requester.post("/api/changes", rfc);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String key = created.json().path("key").asText();
		Response submitted = requester.post("/api/changes/" + key + "/submit", Map.of());
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		return key;
	}

	JsonNode awaitChange(String key, String state) {
		ApiSession session = signedIn("manager");
		return Eventually.await(key + " in " + state, () -> session.get("/api/changes/" + key).json(),
				(change) -> state.equals(change.path("state").asText()));
	}

	JsonNode awaitRelease(String key, String state) {
		ApiSession session = signedIn("releng");
		return Eventually.await(key + " in " + state, () -> session.get("/api/releases/" + key).json(),
				(release) -> state.equals(release.path("state").asText()));
	}

	/**
	 * Completes the open task of the kind that the user may take, found through their
	 * inbox.
	 */
	void complete(String user, String businessKey, String kind, Map<String, Object> decision) {
		ApiSession session = signedIn(user);
		String scope = kind.equals("CAB_VOTE") ? "MINE" : "GROUPS";
		JsonNode task = Eventually.await(kind + " task of " + businessKey + " for " + user,
				() -> session.get("/api/tasks?scope=" + scope).json(),
				(tasks) -> find(tasks, businessKey, kind) != null);
		Response response = session
			.post("/api/tasks/" + find(task, businessKey, kind).path("id").asText() + "/complete", decision);
		assertThat(response.status()).as(user + " completes " + kind + ": " + response).isEqualTo(200);
	}

	private static JsonNode find(JsonNode tasks, String businessKey, String kind) {
		for (JsonNode task : tasks) {
			if (businessKey.equals(task.path("changeKey").asText()) && kind.equals(task.path("kind").asText())
					&& task.path("allowedToComplete").asBoolean()) {
				return task;
			}
		}
		return null;
	}

	static Map<String, Object> rfc(String title, List<String> cis, int startHours) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("description", "Roll out " + title + ", which fixes the rounding of discounts.");
		body.put("justification", "Customers see wrong totals for 3-for-2 offers (a < b when they should match).");
		body.put("category", "APPLICATION");
		body.put("affectedCis", cis);
		body.put("impact", 2);
		body.put("urgency", 2);
		body.put("implementationPlan", "Blue/green deployment of the new version behind edge-lb.");
		body.put("testPlan", "Smoke tests; place a test order with a 3-for-2 offer.");
		body.put("backoutPlan", "Switch edge-lb back to the green pool running the previous version.");
		body.put("timeZone", "Europe/Berlin");
		body.put("incidentRefs", List.of("INC-1042"));
		body.put("emergency", false);
		body.put("plannedStart", BASE.plusHours(startHours).toString());
		body.put("plannedEnd", BASE.plusHours(startHours + 2).toString());
		return body;
	}

	static Map<String, Object> release(String name, List<String> changeKeys) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("type", "DELTA");
		body.put("releaseUnit", List.of("APPLICATION"));
		body.put("plannedStart", BASE.plusDays(1).toString());
		body.put("plannedEnd", BASE.plusDays(1).plusHours(4).toString());
		body.put("backoutPlan", "Redeploy the previous artifacts wave by wave.");
		body.put("changeKeys", changeKeys);
		return body;
	}

	static Map<String, Object> artifact(String name, String version, String sha256) {
		return Map.of("name", name, "version", version, "uri", "https://dsl.example.com/" + name + "/" + version,
				"size", 1024, "sha256", sha256);
	}

	static String fieldOf(Response response) {
		return response.json().path("errors").path(0).path("field").asText();
	}

}
