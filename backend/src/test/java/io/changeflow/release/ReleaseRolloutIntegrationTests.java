package io.changeflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ChangeWindows;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.Eventually;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Releases driven over REST through the real {@code release} process with the simulated
 * executor, down to the CMDB and the change processes.
 */
class ReleaseRolloutIntegrationTests extends ReleaseTestSupport {

	private static final String CHECKOUT_SHA = "3f".repeat(32);

	@Test
	void twoApprovedChangesRollOutInOneReleaseUpdateTheCmdbAndReachReview() {
		String checkout = readyNormalChange("Upgrade checkout-api to 2.9.0", List.of("CI-00003", "CI-00005"), 0);
		String frontend = readyNormalChange("Upgrade shop-frontend to 4.13.0", List.of("CI-00002"), 4);
		ApiSession releng = signedIn("releng");
		String frontendVersion = releng.get("/api/cis/CI-00002").json().path("version").asText();
		String key = releng.post("/api/releases", release("Checkout 2.9", List.of(checkout, frontend)))
			.json()
			.path("key")
			.asText();
		releng.post("/api/releases/" + key + "/artifacts", artifact("checkout-api", "2.9.0", CHECKOUT_SHA));

		Response built = releng.post("/api/releases/" + key + "/build", Map.of());

		assertThat(built.status()).as(built.toString()).isEqualTo(200);
		assertThat(built.json().path("builder").asText()).isEqualTo("releng");
		JsonNode awaiting = awaitRelease(key, "AWAITING_ACCEPTANCE");
		assertThat(awaiting.path("testResults").path("passed").asInt()).isPositive();
		// Both acceptance tasks (release engineer, change manager) open a moment after
		// the release reports its step. The builder may not accept their own release: it
		// is not in their groups' work, and completing it is refused.
		ApiSession auditor = signedIn("auditor");
		List<JsonNode> acceptance = Eventually.await("the release's acceptance tasks",
				() -> openTasksOf(auditor, key, "ALL"), (seen) -> seen.size() == 2);
		assertThat(openTasksOf(releng, key, "GROUPS")).as("not in the builder's groups' work").isEmpty();
		String releaseEngineersTask = acceptance.stream()
			.filter((task) -> task.path("candidateGroups").toString().contains("RELEASE_ENGINEER"))
			.findFirst()
			.orElseThrow()
			.path("id")
			.asText();
		assertThat(
				releng.post("/api/tasks/" + releaseEngineersTask + "/complete", Map.of("decision", "accept")).status())
			.as("the builder may not accept their own release")
			.isEqualTo(403);
		complete("releng2", key, "ACCEPT_RELEASE", Map.of("decision", "accept"));
		complete("manager", key, "ACCEPT_RELEASE", Map.of("decision", "accept", "comment", "CAB approved both"));
		awaitRelease(key, "PLAN_REVIEW");
		assertThat(
				releng.post("/api/releases/" + key + "/artifacts", artifact("shop-frontend", "4.13.0", "0a".repeat(32)))
					.status())
			.as("artifacts are frozen once accepted")
			.isEqualTo(409);
		complete("manager", key, "REVIEW_ROLLOUT_PLAN", Map.of("decision", "approve"));
		awaitRelease(key, "READY_TO_ROLL_OUT");
		ChangeWindows.openNow(this.jdbc, key);
		complete("releng", key, "START_ROLLOUT", Map.of("decision", "start"));
		complete("releng", key, "GO_NO_GO", Map.of("decision", "go"));

		JsonNode closed = awaitRelease(key, "CLOSED");
		assertThat(closed.path("waveProgress").findValuesAsText("state")).containsOnly("DONE");
		assertThat(steps(closed)).containsSubsequence("build_release", "test_release", "accept_release",
				"review_rollout_plan", "start_rollout", "deploy_wave", "verify_wave", "go_no_go", "update_cmdb",
				"report_implemented", "communicate_release", "release_closed");
		assertThat(releng.get("/api/cis/CI-00003").json().path("version").asText()).isEqualTo("2.9.0");
		assertThat(releng.get("/api/cis/CI-00002").json().path("version").asText())
			.as("no artifact is named after shop-frontend: it keeps its version, none is invented")
			.isEqualTo(frontendVersion);
		assertThat(releng.get("/api/cis/CI-00002/history").json()).isEmpty();
		assertThat(closed.path("history").toString()).contains("shop-frontend (CI-00002)");
		JsonNode history = releng.get("/api/cis/CI-00003/history").json();
		assertThat(history).hasSize(1);
		assertThat(history.get(0).path("field").asText()).isEqualTo("version");
		assertThat(history.get(0).path("oldValue").asText()).isEqualTo("2.8.3");
		assertThat(history.get(0).path("newValue").asText()).isEqualTo("2.9.0");
		assertThat(history.get(0).path("cause").asText()).isEqualTo("RELEASE");
		assertThat(history.get(0).path("releaseKey").asText()).isEqualTo(key);
		assertThat(history.get(0).path("changeKeys").toString()).contains(checkout, frontend);
		assertThat(releng.get("/api/cis/CI-00005").json().path("version").asText())
			.as("a server is outside the release unit (applications)")
			.isEqualTo("Debian 12");
		assertThat(releng.get("/api/cis/CI-00005/history").json()).isEmpty();
		awaitChange(checkout, "IN_PIR");
		awaitChange(frontend, "IN_PIR");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification where username = 'requester' and kind = 'RELEASE' and change_key = ?",
				Integer.class, key))
			.isEqualTo(1);
		assertThat(releng.post("/api/releases", release("Again", List.of(checkout))).status())
			.as("implemented changes are no longer ready for release")
			.isEqualTo(409);
	}

	@Test
	void aBackedOutRolloutUndoesItsWavesAndSendsTheChangesToReview() {
		String change = readyStandardChange("Restart checkout-api staging", "CI-00009", 0);
		ApiSession releng = signedIn("releng");
		String key = releng.post("/api/releases", release("Staging restart", List.of(change)))
			.json()
			.path("key")
			.asText();
		releng.post("/api/releases/" + key + "/build", Map.of());
		complete("releng2", key, "ACCEPT_RELEASE", Map.of("decision", "accept"));
		complete("manager", key, "ACCEPT_RELEASE", Map.of("decision", "accept"));
		complete("manager", key, "REVIEW_ROLLOUT_PLAN", Map.of("decision", "approve"));
		ChangeWindows.openNow(this.jdbc, key);
		complete("releng", key, "START_ROLLOUT", Map.of("decision", "start"));
		// The canary waits for go / no-go: the rollout is under way.
		Eventually.await("the go / no-go after the canary", () -> releng.get("/api/releases/" + key).json(),
				(release) -> release.path("openTasks").findValuesAsText("kind").contains("GO_NO_GO"));

		Response backOut = releng.post("/api/releases/" + key + "/back-out", Map.of("reason", "error rate up"));

		assertThat(backOut.status()).as(backOut.toString()).isEqualTo(200);
		JsonNode backedOut = awaitRelease(key, "BACKED_OUT");
		assertThat(backedOut.path("waveProgress").findValuesAsText("state")).containsExactly("BACKED_OUT", "BACKED_OUT",
				"BACKED_OUT", "PENDING");
		assertThat(backedOut.path("openTasks")).isEmpty();
		assertThat(backedOut.path("history").toString()).contains("error rate up");
		assertThat(releng.get("/api/cis/CI-00009/history").json()).isEmpty();
		awaitChange(change, "IN_PIR");
		assertThat(releng.post("/api/releases/" + key + "/back-out", Map.of("reason", "again")).status())
			.isEqualTo(409);
	}

	private static List<String> steps(JsonNode release) {
		List<String> steps = new ArrayList<>();
		release.path("history").forEach((step) -> steps.add(step.path("elementId").asText()));
		return steps;
	}

	/** The open tasks of the release a person sees in an inbox scope. */
	private static List<JsonNode> openTasksOf(ApiSession person, String releaseKey, String scope) {
		return person.get("/api/tasks?scope=" + scope + "&state=OPEN")
			.json()
			.findParents("changeKey")
			.stream()
			.filter((task) -> releaseKey.equals(task.path("changeKey").asText()))
			.toList();
	}

}
