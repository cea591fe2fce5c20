package io.changeflow.cab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.change.Rfcs;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ChangeFlows;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CAB agenda over REST: normal changes awaiting the CAB, grouped by week, with the
 * tally and the quorum of each role as votes come in.
 */
class CabAgendaIntegrationTests extends IntegrationTest {

	@Test
	void showsTallyAndQuorumPerRoleAsVotesComeIn() {
		ChangeFlows flows = changeFlows();
		ApiSession requester = signedIn("requester");
		String key = flows.submit(requester, Rfcs.valid("Upgrade checkout-api to 2.9.0"));
		flows.awaitState(requester, key, "IN_REVIEW");
		flows.complete("manager", key, "REVIEW_RFC", Map.of("decision", "accept"));
		flows.awaitState(requester, key, "AWAITING_CAB");
		Eventually.await("three votes open", () -> flows.openTaskAssignees(key, "CAB_VOTE"),
				(open) -> open.size() == 3);

		ApiSession manager = signedIn("manager");
		JsonNode item = agendaItem(manager, key);
		assertThat(item.path("tally").toString()).isEqualTo("{\"approve\":0,\"reject\":0,\"abstain\":0,\"pending\":3}");
		assertThat(item.path("quorumReached").asBoolean()).isFalse();
		assertThat(item.path("cabDeadline").isTextual()).isTrue();
		assertThat(item.path("quorum").findValuesAsText("role")).contains("CAB");

		flows.complete("cab1", key, "CAB_VOTE", Map.of("decision", "approve", "comment", "fine"));
		flows.complete("cab2", key, "CAB_VOTE", Map.of("decision", "abstain"));

		item = agendaItem(manager, key);
		assertThat(item.path("tally").toString()).isEqualTo("{\"approve\":1,\"reject\":0,\"abstain\":1,\"pending\":1}");
		JsonNode cab = quorum(item, "CAB");
		assertThat(cab.path("approvals").asInt()).isEqualTo(1);
		assertThat(cab.path("needed").asInt()).isEqualTo(2);
		assertThat(cab.path("reached").asBoolean()).isFalse();
		assertThat(item.path("votes").findValuesAsText("approver")).containsExactlyInAnyOrder("cab1", "cab2", "cab3");
		assertThat(item.path("vetoed").asBoolean()).isFalse();
	}

	@Test
	void groupsChangesByTheWeekOfTheirPlannedStart() {
		ChangeFlows flows = changeFlows();
		ApiSession requester = signedIn("requester");
		String early = flows.submit(requester, Rfcs.window(Rfcs.valid("Rotate edge-lb certificates"), 0, 1));
		String late = flows.submit(requester,
				Rfcs.window(Rfcs.valid("Resize the orders database"), 24 * 14, 24 * 14 + 2));
		for (String key : List.of(early, late)) {
			flows.awaitState(requester, key, "IN_REVIEW");
			flows.complete("manager", key, "REVIEW_RFC", Map.of("decision", "accept"));
			flows.awaitState(requester, key, "AWAITING_CAB");
		}

		JsonNode windows = signedIn("manager").get("/api/cab/agenda").json().path("windows");
		List<String> labels = new ArrayList<>();
		windows.forEach((window) -> labels.add(window.path("label").asText()));
		assertThat(labels).hasSize(2).allMatch((label) -> label.startsWith("Week of "));
		assertThat(windows.get(0).path("changes").findValuesAsText("key")).containsExactly(early);
		assertThat(windows.get(1).path("changes").findValuesAsText("key")).containsExactly(late);
	}

	@Test
	void isForChangeManagersAndTheBoardNotForRequesters() {
		assertThat(signedIn("requester").get("/api/cab/agenda").status()).isEqualTo(403);
		assertThat(signedIn("cab1").get("/api/cab/agenda").status()).isEqualTo(200);
		assertThat(signedIn("ecab").get("/api/cab/agenda").status()).isEqualTo(200);
		assertThat(signedIn("auditor").get("/api/cab/agenda").status()).isEqualTo(200);
		assertThat(signedIn("manager").get("/api/cab/agenda").json().path("windows").size()).isZero();
	}

	private static JsonNode agendaItem(ApiSession manager, String key) {
		JsonNode agenda = manager.get("/api/cab/agenda").json();
		return agenda.path("windows")
			.findValues("changes")
			.stream()
			.flatMap((changes) -> java.util.stream.StreamSupport.stream(changes.spliterator(), false))
			.filter((change) -> key.equals(change.path("key").asText()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(key + " not on the agenda: " + agenda));
	}

	private static JsonNode quorum(JsonNode item, String role) {
		for (JsonNode quorum : item.path("quorum")) {
			if (role.equals(quorum.path("role").asText())) {
				return quorum;
			}
		}
		throw new AssertionError("no quorum for " + role + ": " + item);
	}

}
