package io.changeflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each segregation-of-duties rule enforced by the server on the real process: 403 with
 * Problem Details; the inbox leaves the task out of the person's work, and the task,
 * opened by its link, says why.
 */
class SegregationOfDutiesIntegrationTests extends IntegrationTest {

	@Test
	void aChangeManagerCannotReviewTheirOwnRfc() {
		ApiSession manager = signedIn("manager");
		String key = submit(manager, rfc("Rotate the edge certificate", null, false));
		JsonNode task = refusedTask(manager, key, "REVIEW_RFC");

		assertThat(task.path("allowedToComplete").asBoolean()).isFalse();
		assertThat(task.path("notAllowedReason").asText()).isEqualTo("You requested " + key + ": you cannot review it");
		Response attempt = manager.post("/api/tasks/" + task.path("id").asText() + "/complete",
				Map.of("decision", "accept"));
		assertThat(attempt.status()).isEqualTo(403);
		assertThat(attempt.header("Content-Type")).startsWith("application/problem+json");
		assertThat(attempt.json().path("detail").asText()).contains("you cannot review it");
		assertThat(state(key)).isEqualTo("IN_REVIEW");
	}

	@Test
	void theImplementerGetsNoVoteAndCannotTakeSomeoneElses() {
		ApiSession requester = signedIn("requester");
		String key = submit(requester, rfc("Tune the checkout connection pool", "cab3", false));
		accept(key);

		List<String> voters = Eventually.await("CAB votes open", () -> openVoters(key), (open) -> open.size() == 2);
		assertThat(voters).containsExactlyInAnyOrder("cab1", "cab2");
		String cab1Task = this.jdbc.queryForObject(
				"select id::text from human_task where business_key = ? and assignee = 'cab1' and state = 'OPEN'",
				String.class, key);
		Response attempt = signedIn("cab3").post("/api/tasks/" + cab1Task + "/complete", Map.of("decision", "approve"));
		assertThat(attempt.status()).isEqualTo(403);
		assertThat(openVoters(key)).containsExactlyInAnyOrder("cab1", "cab2");
	}

	@Test
	void aRequesterWhoSitsOnTheCabDoesNotVoteOnTheirOwnChange() {
		createUser("dual", List.of("REQUESTER", "CAB_MEMBER"));
		String key = submit(signedIn("dual"), rfc("Add an index to orders", null, false));
		accept(key);

		List<String> voters = Eventually.await("CAB votes open", () -> openVoters(key), (open) -> open.size() == 3);
		assertThat(voters).containsExactlyInAnyOrder("cab1", "cab2", "cab3").doesNotContain("dual");
	}

	@Test
	void anEcabMemberCannotApproveTheirOwnEmergency() {
		createUser("dual", List.of("REQUESTER", "ECAB_MEMBER"));
		ApiSession dual = signedIn("dual");
		String key = submit(dual, rfc("Emergency: block the abusive client", null, true));
		accept(key);
		JsonNode task = refusedTask(dual, key, "ECAB_APPROVAL");

		assertThat(task.path("allowedToComplete").asBoolean()).isFalse();
		Response attempt = dual.post("/api/tasks/" + task.path("id").asText() + "/complete",
				Map.of("decision", "approve"));
		assertThat(attempt.status()).isEqualTo(403);
		assertThat(attempt.json().path("detail").asText()).contains("you cannot approve it");
		Response ecab = signedIn("ecab").post("/api/tasks/" + task.path("id").asText() + "/complete",
				Map.of("decision", "approve"));
		assertThat(ecab.status()).as(ecab.toString()).isEqualTo(200);
	}

	private void accept(String key) {
		ApiSession manager = signedIn("manager");
		JsonNode review = awaitTask(manager, "GROUPS", key, "REVIEW_RFC");
		Response accepted = manager.post("/api/tasks/" + review.path("id").asText() + "/complete",
				Map.of("decision", "accept"));
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
	}

	/**
	 * A task the person may not complete: it stays out of their groups' work (the inbox
	 * lists only what one may complete), and opened by its link it says why.
	 */
	private JsonNode refusedTask(ApiSession person, String key, String kind) {
		String id = awaitTask(signedIn("auditor"), "ALL", key, kind).path("id").asText();
		assertThat(person.get("/api/tasks?scope=GROUPS").json().findValuesAsText("id")).doesNotContain(id);
		return person.get("/api/tasks/" + id).json();
	}

	private JsonNode awaitTask(ApiSession session, String scope, String key, String kind) {
		return Eventually
			.await(kind + " of " + key, () -> session.get("/api/tasks?scope=" + scope).json(),
					(tasks) -> find(tasks, key, kind) != null)
			.findParents("changeKey")
			.stream()
			.filter((task) -> key.equals(task.path("changeKey").asText()) && kind.equals(task.path("kind").asText()))
			.findFirst()
			.orElseThrow();
	}

	private static JsonNode find(JsonNode tasks, String key, String kind) {
		for (JsonNode task : tasks) {
			if (key.equals(task.path("changeKey").asText()) && kind.equals(task.path("kind").asText())) {
				return task;
			}
		}
		return null;
	}

	private List<String> openVoters(String key) {
		return this.jdbc.queryForList(
				"select assignee from human_task where business_key = ? and kind = 'CAB_VOTE' and state = 'OPEN'",
				String.class, key);
	}

	private String state(String key) {
		return this.jdbc.queryForObject("select state from change_request where change_key = ?", String.class, key);
	}

	private String submit(ApiSession session, Map<String, Object> rfc) {
		Response created = session.post("/api/changes", rfc);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String key = created.json().path("key").asText();
		assertThat(session.post("/api/changes/" + key + "/submit", Map.of()).status()).isEqualTo(200);
		return key;
	}

	/**
	 * A second person holding two roles, with the demo password, as an admin would set
	 * them up.
	 */
	private void createUser(String username, List<String> roles) {
		UUID id = UUID.randomUUID();
		this.jdbc.update(
				"insert into app_user (id, username, display_name, password_hash, created_at)"
						+ " select ?, ?, 'Dual Role', password_hash, now() from app_user where username = 'requester'",
				id, username);
		roles.forEach((role) -> this.jdbc.update("insert into app_user_role (user_id, role) values (?, ?)", id, role));
	}

	private static Map<String, Object> rfc(String title, String implementer, boolean emergency) {
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(20).truncatedTo(ChronoUnit.HOURS);
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("description", "A change used to check who may decide on it.");
		body.put("justification", "Segregation of duties must hold for every change.");
		body.put("category", "APPLICATION");
		body.put("affectedCis", List.of("CI-00002"));
		body.put("impact", 2);
		body.put("urgency", 2);
		body.put("implementationPlan", "Roll out with the usual blue/green switch.");
		body.put("testPlan", "Run the smoke test suite against the new pool.");
		body.put("backoutPlan", "Switch the load balancer back to the old pool.");
		body.put("plannedStart", start.toString());
		body.put("plannedEnd", start.plusHours(1).toString());
		body.put("timeZone", "UTC");
		body.put("emergency", emergency);
		if (implementer != null) {
			body.put("implementer", implementer);
		}
		return body;
	}

}
