package io.changeflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ChangeWindows;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an auditor reads once a release ended: the change names its release and the
 * release its changes; a backed-out release tells what happened to each wave and why, and
 * so does the backed-out change; "what changed?" lists both with their CIs and who
 * approved them.
 */
class AuditTrailIntegrationTests extends ReleaseTestSupport {

	/**
	 * Keys of their own: the engine keeps a published message's id for its time to live
	 * across tests, and the database reset restarts the key counters, so a rollout of
	 * CHG-000001 in REL-…-1 here would make another test class's identical message a
	 * duplicate.
	 */
	@BeforeEach
	void keysOfTheirOwn() {
		this.jdbc.queryForObject("select setval('change_request_number', 700)", Long.class);
	}

	@Test
	void aRolledOutChangeNamesItsReleaseAndWhatChangedNamesWhoApprovedIt() {
		String change = readyNormalChange("Upgrade checkout-api to 2.9.0", List.of("CI-00003"), 0);
		ApiSession releng = signedIn("releng");
		String release = releng.post("/api/releases", release("Checkout 2.9", List.of(change)))
			.json()
			.path("key")
			.asText();
		assertThat(releng.post("/api/releases/" + release + "/build", Map.of()).status()).isEqualTo(200);
		complete("releng2", release, "ACCEPT_RELEASE", Map.of("decision", "accept"));
		complete("manager", release, "ACCEPT_RELEASE", Map.of("decision", "accept"));
		complete("manager", release, "REVIEW_ROLLOUT_PLAN", Map.of("decision", "approve"));
		ChangeWindows.openNow(this.jdbc, release);
		complete("releng", release, "START_ROLLOUT", Map.of("decision", "start"));
		complete("releng", release, "GO_NO_GO", Map.of("decision", "go"));
		awaitRelease(release, "CLOSED");
		awaitChange(change, "IN_PIR");
		ApiSession auditor = signedIn("auditor");

		JsonNode changeView = auditor.get("/api/changes/" + change).json();
		JsonNode releaseView = auditor.get("/api/releases/" + release).json();
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		Response report = auditor.get("/api/reports/what-changed?from=" + today + "&to=" + today);
		Response csv = auditor.get("/api/reports/what-changed.csv?from=" + today + "&to=" + today);

		assertThat(changeView.path("releases")).hasSize(1);
		assertThat(changeView.path("releases").get(0).path("key").asText()).isEqualTo(release);
		assertThat(changeView.path("releases").get(0).path("state").asText()).isEqualTo("CLOSED");
		assertThat(changeView.path("releases").get(0).path("backout").isObject()).as("rolled out: no backout")
			.isFalse();
		assertThat(changeView.path("implementedAt").isTextual()).isTrue();
		assertThat(releaseView.path("changes").findValuesAsText("key")).containsExactly(change);
		assertThat(releaseView.path("waveProgress").findValuesAsText("outcome")).containsOnly("Deployed and verified");
		assertThat(report.status()).as(report.toString()).isEqualTo(200);
		JsonNode entry = only(report.json().path("changes"), change);
		assertThat(entry.path("outcome").asText()).isEqualTo("IMPLEMENTED");
		assertThat(entry.path("cis").findValuesAsText("key")).containsExactly("CI-00003");
		assertThat(entry.path("cis").get(0).path("name").asText()).isNotBlank();
		assertThat(entry.path("releases").toString()).contains(release);
		List<String> approvals = new ArrayList<>();
		entry.path("approvals")
			.forEach((approval) -> approvals.add(approval.path("approver").asText() + " "
					+ approval.path("task").asText() + " " + approval.path("decision").asText()));
		assertThat(approvals).contains("manager REVIEW_RFC accept");
		assertThat(approvals.stream().filter((approval) -> approval.contains("CAB_VOTE approve"))).isNotEmpty();
		assertThat(entry.path("approvals").get(0).path("at").isTextual()).isTrue();
		assertThat(entry.path("approvals").get(0).path("role").asText()).isEqualTo("CHANGE_MANAGER");
		JsonNode releaseEntry = only(report.json().path("releases"), release);
		assertThat(releaseEntry.path("outcome").asText()).isEqualTo("CLOSED");
		assertThat(releaseEntry.path("changes").toString()).contains(change);
		assertThat(releaseEntry.path("approvals").findValuesAsText("approver")).contains("releng2", "manager",
				"releng");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.body()).contains("change," + change + ",Upgrade checkout-api to 2.9.0,NORMAL,IMPLEMENTED")
			.contains("manager (CHANGE_MANAGER) accept at ")
			.contains("release," + release + ",Checkout 2.9,,CLOSED");
		Response yesterday = auditor.get("/api/reports/what-changed?from=2020-01-01&to=2020-01-02");
		assertThat(yesterday.json().path("changes")).isEmpty();
	}

	@Test
	void aFailedVerificationIsTheRecordedReasonOfTheBackOutOnTheReleaseAndTheChange() {
		String change = readyStandardChange("Restart checkout-api staging", "CI-00009", 0);
		ApiSession releng = signedIn("releng");
		String release = releng.post("/api/releases", release("Staging restart", List.of(change)))
			.json()
			.path("key")
			.asText();
		Response planned = releng.put("/api/releases/" + release + "/waves",
				List.of(wave("test", 0), wave("staging", 1), wave("prod", 0)));
		assertThat(planned.status()).as(planned.toString()).isEqualTo(200);
		releng.post("/api/releases/" + release + "/build", Map.of());
		complete("releng2", release, "ACCEPT_RELEASE", Map.of("decision", "accept"));
		complete("manager", release, "ACCEPT_RELEASE", Map.of("decision", "accept"));
		complete("manager", release, "REVIEW_ROLLOUT_PLAN", Map.of("decision", "approve"));
		ChangeWindows.openNow(this.jdbc, release);
		complete("releng", release, "START_ROLLOUT", Map.of("decision", "start"));

		JsonNode backedOut = awaitRelease(release, "BACKED_OUT");
		awaitChange(change, "IN_PIR");
		JsonNode changeView = signedIn("auditor").get("/api/changes/" + change).json();

		JsonNode waves = backedOut.path("waveProgress");
		assertThat(waves.findValuesAsText("state")).containsExactly("BACKED_OUT", "FAILED", "PENDING");
		assertThat(waves.get(0).path("outcome").asText()).isEqualTo("Deployed and verified, then rolled back");
		assertThat(waves.get(1).path("failureReason").asText()).contains("error rate 4.2% above the 1.0% budget");
		assertThat(waves.get(1).path("outcome").asText()).startsWith("Verification failed: Simulated verification");
		assertThat(waves.get(2).path("outcome").asText()).isEqualTo("Not started");
		assertThat(backedOut.path("backout").path("wave").asText()).isEqualTo("staging");
		assertThat(backedOut.path("backout").path("summary").asText())
			.startsWith("Backed out at wave staging: verification failed: ")
			.contains("error rate 4.2%");
		assertThat(backedOut.path("endedAt").isTextual()).isTrue();
		JsonNode ref = changeView.path("releases").get(0);
		assertThat(ref.path("key").asText()).isEqualTo(release);
		assertThat(ref.path("state").asText()).isEqualTo("BACKED_OUT");
		assertThat(ref.path("backout").path("wave").asText()).isEqualTo("staging");
		assertThat(ref.path("backout").path("reason").asText()).contains("error rate 4.2%");
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		JsonNode report = signedIn("manager").get("/api/reports/what-changed?from=" + today + "&to=" + today).json();
		JsonNode entry = only(report.path("changes"), change);
		assertThat(entry.path("outcome").asText()).isEqualTo("BACKED_OUT");
		assertThat(entry.path("outcomeDetail").asText()).contains(release).contains("wave staging");
		assertThat(entry.path("approvals")).as("a standard change is pre-approved").isEmpty();
		assertThat(only(report.path("releases"), release).path("waves").toString())
			.contains("staging: Verification failed");
	}

	@Test
	void onlyAuditorsChangeManagersAndAdminsReadWhatChangedAndBadDatesAreNamed() {
		String period = "/api/reports/what-changed?from=2026-11-01&to=2026-11-30";

		assertThat(signedIn("auditor").get(period).status()).isEqualTo(200);
		assertThat(signedIn("admin").get(period).status()).isEqualTo(200);
		assertThat(signedIn("manager").get(period).status()).isEqualTo(200);
		assertThat(signedIn("requester").get(period).status()).isEqualTo(403);
		assertThat(signedIn("releng").get(period.replace("what-changed", "what-changed.csv")).status()).isEqualTo(403);
		ApiSession auditor = signedIn("auditor");
		Response noFrom = auditor.get("/api/reports/what-changed?to=2026-11-30");
		Response badTo = auditor.get("/api/reports/what-changed?from=2026-11-01&to=30.11.2026");
		Response backwards = auditor.get("/api/reports/what-changed?from=2026-11-02&to=2026-11-01");
		Response tooLong = auditor.get("/api/reports/what-changed?from=2024-01-01&to=2026-11-01");
		assertThat(List.of(noFrom.status(), badTo.status(), backwards.status(), tooLong.status())).containsOnly(400);
		assertThat(List.of(fieldOf(noFrom), fieldOf(badTo), fieldOf(backwards), fieldOf(tooLong)))
			.containsExactly("from", "to", "to", "to");
	}

	private static Map<String, Object> wave(String name, double failureRate) {
		return Map.of("name", name, "environment", name, "percent", 100, "manualGate", false, "simulatedFailureRate",
				failureRate);
	}

	private static JsonNode only(JsonNode entries, String key) {
		List<JsonNode> found = new ArrayList<>();
		entries.forEach((entry) -> {
			if (key.equals(entry.path("key").asText())) {
				found.add(entry);
			}
		});
		assertThat(found).as(key + " in " + entries).hasSize(1);
		return found.get(0);
	}

}
