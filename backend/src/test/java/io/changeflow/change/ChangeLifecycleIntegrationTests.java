package io.changeflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Changes driven over REST through the real {@code change_request} process in the
 * embedded engine, with the database checked at each step.
 */
class ChangeLifecycleIntegrationTests extends IntegrationTest {

	@Test
	void normalChangeThroughThreeCabVotesToReadyForRelease() {
		ApiSession requester = signedIn("requester");
		String key = submit(requester, Rfcs.valid("Upgrade checkout-api to 2.9.0"));

		awaitState(requester, key, "IN_REVIEW");
		assertThat(row(key)).containsEntry("change_class", "NORMAL")
			.containsEntry("risk", "HIGH")
			.containsEntry("priority", "P3")
			.containsEntry("current_step", "review_rfc");

		complete("manager", key, "REVIEW_RFC", Map.of("decision", "accept"));
		awaitState(requester, key, "AWAITING_CAB");
		assertThat(Eventually.await("three CAB votes open", () -> openTaskAssignees(key, "CAB_VOTE"),
				(open) -> open.size() == 3))
			.containsExactlyInAnyOrder("cab1", "cab2", "cab3");

		complete("cab1", key, "CAB_VOTE", Map.of("decision", "approve", "comment", "fine"));
		complete("cab2", key, "CAB_VOTE", Map.of("decision", "approve"));
		assertThat(row(key)).as("security and CAB quorum reached, commerce not yet")
			.containsEntry("state", "AWAITING_CAB");
		complete("cab3", key, "CAB_VOTE", Map.of("decision", "approve", "comment", "commerce agrees"));

		JsonNode change = awaitState(requester, key, "READY_FOR_RELEASE");
		assertThat(change.path("currentStep").asText()).isEqualTo("ready_for_release");
		List<String> steps = new ArrayList<>();
		change.path("history").forEach((step) -> steps.add(step.path("elementId").asText()));
		assertThat(steps).containsSubsequence("filter_rfc", "review_rfc", "resolve_approvers", "cab_vote", "cab_vote",
				"cab_vote", "check_schedule", "ready_for_release");
		JsonNode approvals = requester.get("/api/changes/" + key + "/approvals").json();
		assertThat(approvals.findValuesAsText("decision")).containsExactly("approve", "approve", "approve");
		assertThat(approvals.findValuesAsText("approver")).containsExactlyInAnyOrder("cab1", "cab2", "cab3");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification where username = 'cab1' and kind = 'VOTE_REQUESTED' and change_key = ?",
				Integer.class, key))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification where username = 'requester' and kind = 'DECISION' and change_key = ?",
				Integer.class, key))
			.isEqualTo(1);
	}

	@Test
	void emergencyChangeThroughEcabToClosureWithReview() {
		ApiSession requester = signedIn("requester");
		Map<String, Object> rfc = Rfcs.valid("Hotfix checkout rounding");
		rfc.put("emergency", true);
		rfc.put("impact", 1);
		rfc.put("urgency", 1);
		String key = submit(requester, rfc);

		awaitState(requester, key, "IN_REVIEW");
		assertThat(row(key)).containsEntry("change_class", "EMERGENCY").containsEntry("priority", "P1");
		complete("manager", key, "REVIEW_RFC", Map.of("decision", "accept"));
		awaitState(requester, key, "AWAITING_ECAB");
		complete("ecab", key, "ECAB_APPROVAL", Map.of("decision", "approve", "comment", "go"));
		awaitState(requester, key, "READY_FOR_RELEASE");

		complete("manager", key, "READY_FOR_RELEASE", Map.of("decision", "implemented"));
		awaitState(requester, key, "IN_PIR");
		complete("manager", key, "PIR", Map.of("outcome", "successful", "lessons", "ECAB answered in minutes"));

		JsonNode change = awaitState(requester, key, "CLOSED");
		assertThat(change.path("closeReason").asText()).contains("implemented");
		assertThat(openTaskAssignees(key, "ECAB_APPROVAL")).isEmpty();
	}

	@Test
	void vetoEndsTheChangeAndVoidsTheOtherVotes() {
		ApiSession requester = signedIn("requester");
		String key = submit(requester, Rfcs.valid("Change the discount engine"));
		awaitState(requester, key, "IN_REVIEW");
		complete("manager", key, "REVIEW_RFC", Map.of("decision", "accept"));
		awaitState(requester, key, "AWAITING_CAB");

		complete("cab2", key, "CAB_VOTE", Map.of("decision", "reject", "comment", "no backout tested"));

		JsonNode change = awaitState(requester, key, "REJECTED");
		assertThat(change.path("closeReason").asText()).contains("Vetoed");
		Eventually.await("other votes canceled", () -> openTaskAssignees(key, "CAB_VOTE"), List::isEmpty);
		// Cast as the veto closed the vote: on the record, but the process no longer
		// needed it.
		Response late = complete("cab1", key, "CAB_VOTE", Map.of("decision", "approve"), false);
		assertThat(late.status()).as(late.toString()).isEqualTo(200);
		JsonNode cab1 = requester.get("/api/changes/" + key + "/approvals")
			.json()
			.findParents("approver")
			.stream()
			.filter((vote) -> "cab1".equals(vote.path("approver").asText()))
			.findFirst()
			.orElseThrow();
		assertThat(cab1.path("decision").asText()).isEqualTo("approve");
		assertThat(cab1.path("delivery").asText()).isEqualTo("NOT_NEEDED");
		assertThat(requester.get("/api/changes/" + key).json().path("state").asText()).isEqualTo("REJECTED");
	}

	@Test
	void managerAsksForInformationAndTheRequesterResubmits() {
		ApiSession requester = signedIn("requester");
		String key = submit(requester, Rfcs.valid("Resize the orders database"));
		awaitState(requester, key, "IN_REVIEW");

		complete("manager", key, "REVIEW_RFC", Map.of("decision", "request_information", "comment",
				"Which maintenance window does the DBA team agree to?"));
		JsonNode asked = awaitState(requester, key, "INFO_REQUESTED");
		int revision = asked.path("revision").asInt();
		Eventually.await("the question in the requester's inbox", () -> openTaskAssignees(key, "PROVIDE_INFORMATION"),
				(open) -> open.contains("requester"));
		assertThat(asked.path("history").toString()).contains("Which maintenance window");

		Map<String, Object> edited = Rfcs.valid("Resize the orders database");
		edited.put("justification", "The DBA team agreed to Sunday 02:00-04:00; disk is 91 % full.");
		assertThat(requester.put("/api/changes/" + key, edited).status()).isEqualTo(200);
		assertThat(requester.post("/api/changes/" + key + "/submit", Map.of()).status()).isEqualTo(200);

		JsonNode resubmitted = awaitState(requester, key, "IN_REVIEW");
		assertThat(resubmitted.path("revision").asInt()).isEqualTo(revision + 1);
		assertThat(resubmitted.path("justification").asText()).contains("Sunday");
	}

	private String submit(ApiSession requester, Map<String, Object> rfc) {
		return changeFlows().submit(requester, rfc);
	}

	private JsonNode awaitState(ApiSession session, String key, String state) {
		return changeFlows().awaitState(session, key, state);
	}

	private void complete(String user, String key, String kind, Map<String, Object> decision) {
		changeFlows().complete(user, key, kind, decision);
	}

	private Response complete(String user, String key, String kind, Map<String, Object> decision, boolean waitForIt) {
		return changeFlows().complete(user, key, kind, decision, waitForIt);
	}

	private List<String> openTaskAssignees(String key, String kind) {
		return changeFlows().openTaskAssignees(key, kind);
	}

	private Map<String, Object> row(String key) {
		return this.jdbc.queryForMap(
				"select state, change_class, risk, priority, current_step from change_request where change_key = ?",
				key);
	}

}
