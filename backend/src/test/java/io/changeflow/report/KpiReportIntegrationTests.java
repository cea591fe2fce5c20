package io.changeflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ChangeWindows;
import io.changeflow.change.Rfcs;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.ChangeFlows;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * KPIs over changes and releases driven through the real processes: an emergency change
 * and a normal change marked implemented by the change manager (the normal one reviewed
 * as failed), a standard change released successfully and another whose release was
 * backed out.
 */
class KpiReportIntegrationTests extends IntegrationTest {

	private static final OffsetDateTime BASE = OffsetDateTime.now(ZoneOffset.UTC)
		.plusDays(30)
		.truncatedTo(ChronoUnit.HOURS);

	@Test
	void theMonthShowsWhatThePeopleDidAndTheTotalsAgree() {
		// Everything happens in this month, or in the next when the test runs over
		// midnight.
		YearMonth started = YearMonth.now(ZoneOffset.UTC);
		ChangeFlows flows = changeFlows();
		ApiSession requester = signedIn("requester");

		Map<String, Object> hotfix = Rfcs.window(Rfcs.valid("Hotfix checkout rounding", List.of("CI-00003")), 0, 2);
		hotfix.put("emergency", true);
		hotfix.put("impact", 1);
		hotfix.put("urgency", 1);
		String emergency = flows.submit(requester, hotfix);
		flows.awaitState(requester, emergency, "IN_REVIEW");
		flows.complete("manager", emergency, "REVIEW_RFC", Map.of("decision", "accept"));
		flows.awaitState(requester, emergency, "AWAITING_ECAB");
		flows.complete("ecab", emergency, "ECAB_APPROVAL", Map.of("decision", "approve", "comment", "go"));
		flows.awaitState(requester, emergency, "READY_FOR_RELEASE");
		flows.complete("manager", emergency, "READY_FOR_RELEASE", Map.of("decision", "implemented"));
		flows.awaitState(requester, emergency, "IN_PIR");
		flows.complete("manager", emergency, "PIR", Map.of("outcome", "successful", "lessons", "Quick and clean"));

		String normal = flows.submit(requester,
				Rfcs.window(Rfcs.valid("Upgrade checkout-api to 2.9.0", List.of("CI-00003")), 10, 12));
		flows.awaitState(requester, normal, "IN_REVIEW");
		flows.complete("manager", normal, "REVIEW_RFC", Map.of("decision", "accept"));
		flows.awaitState(requester, normal, "AWAITING_CAB");
		for (String member : List.of("cab1", "cab2", "cab3")) {
			flows.complete(member, normal, "CAB_VOTE", Map.of("decision", "approve"));
		}
		flows.awaitState(requester, normal, "READY_FOR_RELEASE");
		flows.complete("manager", normal, "READY_FOR_RELEASE", Map.of("decision", "implemented"));
		flows.awaitState(requester, normal, "IN_PIR");
		flows.complete("manager", normal, "PIR", Map.of("outcome", "failed", "lessons", "Totals still wrong"));

		String released = readyStandardChange("Restart checkout-api staging", 20);
		String releaseOut = rolledOut("Staging restart", released);
		flows.awaitState(requester, released, "CLOSED");
		String backedOut = readyStandardChange("Restart checkout-api staging again", 30);
		String releaseBack = backedOut("Staging restart again", backedOut);
		flows.awaitState(requester, backedOut, "IN_PIR");

		YearMonth now = YearMonth.now(ZoneOffset.UTC);
		Response response = signedIn("manager").get("/api/reports/kpis?from=" + started + "&to=" + now);

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode report = response.json();
		assertThat(report.path("months")).hasSize(started.equals(now) ? 1 : 2);
		assertThat(report.path("months").get(0).path("period").asText()).isEqualTo(started.toString());
		JsonNode totals = report.path("totals");
		assertThat(totals.path("period").asText()).isEqualTo(started + "/" + now);
		assertThat(totals.path("changesImplemented").asInt()).as(emergency + normal + released + backedOut)
			.isEqualTo(4);
		assertThat(totals.path("changesSuccessful").asInt()).isEqualTo(2);
		assertThat(totals.path("changesFailed").asInt()).isEqualTo(1);
		assertThat(totals.path("changesBackedOut").asInt()).isEqualTo(1);
		assertThat(totals.path("changeSuccessRate").asDouble()).isEqualTo(0.5);
		assertThat(totals.path("backoutRate").asDouble()).isEqualTo(0.25);
		assertThat(totals.path("standardChanges").asInt()).isEqualTo(2);
		assertThat(totals.path("normalChanges").asInt()).isEqualTo(1);
		assertThat(totals.path("emergencyChanges").asInt()).isEqualTo(1);
		assertThat(totals.path("emergencyShare").asDouble()).isEqualTo(0.25);
		assertPlausibleHours(totals, "leadTimeP50Hours", "leadTimeP90Hours");
		assertThat(totals.path("cabDecisions").asInt()).isEqualTo(1);
		assertPlausibleHours(totals, "cabApprovalP50Hours", "cabApprovalP90Hours");
		assertThat(totals.path("deployments").asInt()).as(releaseOut + ", " + releaseBack).isEqualTo(2);
		assertThat(totals.path("deploymentsPerMonth").asDouble()).isEqualTo(2.0 / report.path("months").size());
		assertThat(totals.path("failedDeployments").asInt()).isEqualTo(1);
		assertThat(totals.path("changeFailureRate").asDouble()).isEqualTo(0.5);
		assertPlausibleHours(totals, "changeLeadTimeP50Hours", "changeLeadTimeP50Hours");
		assertThat(totals.path("failuresRestored").asInt()).isEqualTo(1);
		assertThat(totals.path("failuresNotRestored").asInt()).isZero();
		assertPlausibleHours(totals, "timeToRestoreP50Hours", "timeToRestoreP50Hours");
		assertThat(sum(report.path("months"), "changesImplemented")).as("the months add up to the totals").isEqualTo(4);
		assertThat(sum(report.path("months"), "deployments")).isEqualTo(2);
		assertThat(sum(report.path("months"), "cabDecisions")).isEqualTo(1);
		if (started.equals(now)) {
			JsonNode month = report.path("months").get(0);
			assertThat(month.path("leadTimeP50Hours").asDouble()).isEqualTo(totals.path("leadTimeP50Hours").asDouble());
			assertThat(month.path("changeFailureRate").asDouble()).isEqualTo(0.5);
		}

		JsonNode year = signedIn("auditor").get("/api/reports/kpis").json();
		assertThat(year.path("months")).as("the last twelve months by default").hasSize(12);
		assertThat(year.path("to").asText()).isEqualTo(now.toString());
		assertThat(sum(year.path("months"), "changesImplemented")).isEqualTo(4);
		assertThat(year.path("months").get(0).path("changesImplemented").asInt()).isZero();
		assertThat(year.path("months").get(0).path("changeSuccessRate").isNumber()).as("no changes, no rate").isFalse();
		assertThat(year.path("totals").path("changesBackedOut").asInt()).isEqualTo(1);
		assertThat(year.path("totals").path("deploymentsPerMonth").asDouble()).isCloseTo(2.0 / 12, within(0.001));
		JsonNode before = signedIn("admin")
			.get("/api/reports/kpis?from=" + started.minusMonths(3) + "&to=" + started.minusMonths(1))
			.json();
		assertThat(before.path("months")).hasSize(3);
		assertThat(before.path("totals").path("changesImplemented").asInt()).isZero();
		assertThat(before.path("totals").path("deployments").asInt()).isZero();
		assertThat(before.path("totals").path("leadTimeP50Hours").isNumber()).isFalse();
	}

	@Test
	void theCsvHasAHeaderAndOneRowPerMonth() {
		Response csv = signedIn("auditor").get("/api/reports/kpis.csv?from=2026-01&to=2026-06");

		assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.header("Content-Disposition")).contains("attachment")
			.contains("changeflow-kpis-2026-01-to-2026-06.csv");
		List<String> lines = csv.body().lines().toList();
		assertThat(lines).hasSize(7);
		assertThat(lines.get(0)).startsWith("period,changes_implemented,changes_successful,changes_failed")
			.contains("change_failure_rate", "time_to_restore_p50_hours");
		assertThat(lines.get(1)).startsWith("2026-01,0,0,0,0,,");
		assertThat(lines.get(6)).startsWith("2026-06,");
		assertThat(lines.get(1).split(",", -1)).hasSameSizeAs(lines.get(0).split(","));
	}

	@Test
	void badMonthsAreRefusedNamingTheParameter() {
		ApiSession manager = signedIn("manager");

		assertThat(fieldOf(manager.get("/api/reports/kpis?from=2026-13"))).isEqualTo("from");
		assertThat(fieldOf(manager.get("/api/reports/kpis?from=2026-01&to=March"))).isEqualTo("to");
		assertThat(fieldOf(manager.get("/api/reports/kpis?from=2026-06&to=2026-01"))).isEqualTo("from");
		assertThat(fieldOf(manager.get("/api/reports/kpis?from=2023-01&to=2026-01"))).as("37 months").isEqualTo("to");
		assertThat(manager.get("/api/reports/kpis?from=2023-02&to=2026-01").status()).as("36 months").isEqualTo(200);
		assertThat(fieldOf(manager.get("/api/reports/kpis.csv?from=1999-12&to=2000-01"))).isEqualTo("from");
	}

	@Test
	void onlyChangeManagersAuditorsAndAdminsReadThem() {
		for (String user : List.of("requester", "cab1", "releng")) {
			ApiSession session = signedIn(user);
			assertThat(session.get("/api/reports/kpis").status()).as(user).isEqualTo(403);
			assertThat(session.get("/api/reports/kpis.csv").status()).as(user).isEqualTo(403);
		}
		for (String user : List.of("manager", "auditor", "admin")) {
			assertThat(signedIn(user).get("/api/reports/kpis").status()).as(user).isEqualTo(200);
		}
		assertThat(anonymous().get("/api/reports/kpis").status()).isEqualTo(401);
	}

	private static void assertPlausibleHours(JsonNode month, String p50, String p90) {
		assertThat(month.path(p50).isNumber()).as(p50 + " in " + month).isTrue();
		// Everything happened during this test: minutes at most, never negative.
		assertThat(month.path(p50).asDouble()).as(p50).isBetween(0.0, 1.0);
		assertThat(month.path(p90).asDouble()).as(p90).isBetween(month.path(p50).asDouble(), 1.0);
	}

	private static int sum(JsonNode months, String field) {
		int sum = 0;
		for (JsonNode month : months) {
			sum += month.path(field).asInt();
		}
		return sum;
	}

	private static String fieldOf(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		return response.json().path("errors").path(0).path("field").asText();
	}

	/**
	 * A standard change (pre-approved model) on checkout-api staging, ready for release.
	 */
	private String readyStandardChange(String title, int startHours) {
		Map<String, Object> rfc = Rfcs.window(Rfcs.valid(title, List.of("CI-00009")), startHours, startHours + 1);
		rfc.put("changeModelId", this.jdbc.queryForObject("select id::text from change_model where name = ?",
				String.class, "Restart app server"));
		ApiSession requester = signedIn("requester");
		String key = changeFlows().submit(requester, rfc);
		changeFlows().awaitState(requester, key, "READY_FOR_RELEASE");
		return key;
	}

	/** Bundles the change in a release, builds and accepts it and starts the rollout. */
	private String rolloutStarted(String name, String change) {
		ApiSession releng = signedIn("releng");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("type", "DELTA");
		body.put("releaseUnit", List.of("APPLICATION"));
		body.put("plannedStart", BASE.plusDays(2).toString());
		body.put("plannedEnd", BASE.plusDays(2).plusHours(4).toString());
		body.put("backoutPlan", "Redeploy the previous artifacts wave by wave.");
		body.put("changeKeys", List.of(change));
		Response created = releng.post("/api/releases", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String key = created.json().path("key").asText();
		assertThat(releng.post("/api/releases/" + key + "/build", Map.of()).status()).isEqualTo(200);
		completeGroupTask("releng2", key, "ACCEPT_RELEASE", "RELEASE_ENGINEER", Map.of("decision", "accept"));
		completeGroupTask("manager", key, "ACCEPT_RELEASE", "CHANGE_MANAGER", Map.of("decision", "accept"));
		changeFlows().complete("manager", key, "REVIEW_ROLLOUT_PLAN", Map.of("decision", "approve"));
		ChangeWindows.openNow(this.jdbc, key);
		changeFlows().complete("releng", key, "START_ROLLOUT", Map.of("decision", "start"));
		return key;
	}

	private String rolledOut(String name, String change) {
		String key = rolloutStarted(name, change);
		changeFlows().complete("releng", key, "GO_NO_GO", Map.of("decision", "go"));
		awaitRelease(key, "CLOSED");
		return key;
	}

	private String backedOut(String name, String change) {
		String key = rolloutStarted(name, change);
		ApiSession releng = signedIn("releng");
		Eventually.await("the go / no-go after the canary", () -> releng.get("/api/releases/" + key).json(),
				(release) -> release.path("openTasks").findValuesAsText("kind").contains("GO_NO_GO"));
		Response backOut = releng.post("/api/releases/" + key + "/back-out", Map.of("reason", "error rate up"));
		assertThat(backOut.status()).as(backOut.toString()).isEqualTo(200);
		awaitRelease(key, "BACKED_OUT");
		return key;
	}

	private void awaitRelease(String key, String state) {
		ApiSession releng = signedIn("releng");
		Eventually.await(key + " in " + state, () -> releng.get("/api/releases/" + key).json(),
				(release) -> state.equals(release.path("state").asText()));
	}

	/**
	 * Completes the open task of the kind offered to the group (the release has one per
	 * group).
	 */
	private void completeGroupTask(String user, String key, String kind, String group, Map<String, Object> decision) {
		String task = Eventually.await(kind + " for " + group + " on " + key,
				() -> this.jdbc
					.queryForList(
							"select id::text from human_task where business_key = ? and kind = ?"
									+ " and state = 'OPEN' and ? = any(candidate_groups)",
							String.class, key, kind, group)
					.stream()
					.findFirst()
					.orElse(null),
				(id) -> id != null);
		Response response = signedIn(user).post("/api/tasks/" + task + "/complete", decision);
		assertThat(response.status()).as(user + " completes " + kind + ": " + response).isEqualTo(200);
	}

}
