package io.changeflow.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.AuditRows;
import io.changeflow.testing.ChangeFlows;
import io.changeflow.testing.IntegrationTest;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conflicts of planned windows (same item, dependent item, scoped blackouts, maintenance
 * windows, all listed together, the next free window), the refusal of a window in the
 * past, and the windows' admin API, on the real engine and database.
 */
class ScheduleIntegrationTests extends IntegrationTest {

	/** Three weeks ahead on the hour, on a Monday at 00:00 UTC: clear of everything. */
	static final OffsetDateTime BASE = OffsetDateTime.now(ZoneOffset.UTC)
		.plusDays(21)
		.truncatedTo(ChronoUnit.DAYS)
		.with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));

	private ApiSession admin;

	private ApiSession requester;

	private ChangeFlows flows;

	private ScheduledChanges scheduled;

	@BeforeEach
	void sessions() {
		this.admin = signedIn("admin");
		this.requester = signedIn("requester");
		this.flows = changeFlows();
		this.scheduled = new ScheduledChanges(this::signedIn, this.jdbc, this.flows);
	}

	@Test
	void everyConflictIsListedTogetherWithTheNextFreeWindow() {
		String onServer = approvedChange("Restart app-server-01", "CI-00005", 0, 2);
		this.flows.awaitState(this.requester, onServer, "READY_FOR_RELEASE");
		String onApi = approvedChange("Restart checkout-api", "CI-00003", 1, 3);
		JsonNode api = this.flows.awaitState(this.requester, onApi, "SCHEDULE_CONFLICT");
		// checkout-api runs on app-server-01: a dependent item at the same time.
		assertThat(kinds(conflicts(onApi))).containsExactly("DEPENDENT_CI");
		assertThat(conflicts(onApi).get(0).path("changeKey").asText()).isEqualTo(onServer);
		assertThat(lastStep(api)).contains("1 conflict:").contains(onServer);

		// Both scoped to checkout-api, which runs on app-server-01.
		blackout("Checkout freeze", "CI-00003", BASE, BASE.plusHours(5), "Marketing launch");
		maintenanceOnce("Checkout night work", "CI-00003", BASE.plusHours(6), BASE.plusHours(10));
		String third = approvedChange("Restart app-server-01 again", "CI-00005", 1, 2);
		JsonNode change = this.flows.awaitState(this.requester, third, "SCHEDULE_CONFLICT");

		JsonNode check = signedIn("auditor").get("/api/changes/" + third + "/conflicts").json();
		List<JsonNode> all = list(check.path("conflicts"));
		assertThat(kinds(all)).containsExactly("SAME_CI", "DEPENDENT_CI", "BLACKOUT", "OUTSIDE_MAINTENANCE_WINDOW");
		assertThat(all.get(0).path("changeKey").asText()).isEqualTo(onServer);
		assertThat(all.get(0).path("ciKey").asText()).isEqualTo("CI-00005");
		assertThat(all.get(0).path("message").asText()).contains(onServer).contains("app-server-01 (CI-00005)");
		assertThat(all.get(1).path("changeKey").asText()).isEqualTo(onApi);
		assertThat(all.get(1).path("message").asText()).contains("checkout-api (CI-00003)");
		assertThat(all.get(2).path("windowName").asText()).isEqualTo("Checkout freeze");
		assertThat(all.get(2).path("ciKey").asText()).isEqualTo("CI-00003");
		assertThat(all.get(3).path("windowName").asText()).isEqualTo("Checkout night work");
		assertThat(all.get(3).path("message").asText()).contains("checkout-api (CI-00003)");
		// The timeline names them all; the process routes on the short labels.
		assertThat(lastStep(change)).contains("4 conflicts:")
			.contains(onServer)
			.contains(onApi)
			.contains("Checkout freeze")
			.contains("Checkout night work");
		// Free: after the other changes and the freeze, inside the maintenance window.
		assertThat(instant(check.path("nextFreeWindow").path("start"))).isEqualTo(BASE.plusHours(6).toInstant());
		assertThat(instant(check.path("nextFreeWindow").path("end"))).isEqualTo(BASE.plusHours(7).toInstant());
	}

	@Test
	void aBlackoutScopedToAServiceCatchesAChangeThreeHopsDown() {
		// A storage volume under app-server-02: san-01 -> app-server-02 -> checkout-api
		// (runs on) -> Web shop (part of).
		ApiSession admin = signedIn("admin");
		Map<String, Object> volume = new LinkedHashMap<>();
		volume.put("name", "san-01");
		volume.put("type", "STORAGE");
		volume.put("environment", "prod");
		volume.put("criticality", "HIGH");
		volume.put("ownerGroup", "platform");
		String san = admin.post("/api/cis", volume).json().path("key").asText();
		assertThat(admin.post("/api/cis/CI-00006/relations", Map.of("type", "DEPENDS_ON", "target", san)).status())
			.isEqualTo(201);
		JsonNode impact = this.requester.get("/api/impact?ci=" + san).json();
		JsonNode shop = list(impact.path("impacted")).stream()
			.filter((ci) -> ci.path("key").asText().equals("CI-00001"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("Web shop not reached: " + impact));
		assertThat(shop.path("depth").asInt()).isEqualTo(3);

		blackout("Web shop freeze", "CI-00001", BASE, BASE.plusDays(1), null);
		String caught = approvedChange("Replace a disk of san-01", san, 2, 3);
		String elsewhere = standardChange("Restart checkout-api staging", "CI-00009", 2, 3);

		this.flows.awaitState(this.requester, caught, "SCHEDULE_CONFLICT");
		List<JsonNode> conflicts = conflicts(caught);
		assertThat(kinds(conflicts)).containsExactly("BLACKOUT");
		assertThat(conflicts.get(0).path("ciKey").asText()).isEqualTo("CI-00001");
		assertThat(conflicts.get(0).path("message").asText()).contains("Web shop freeze").contains("Web shop");
		this.flows.awaitState(this.requester, elsewhere, "READY_FOR_RELEASE");
		assertThat(conflicts(elsewhere)).as("checkout-api staging is not part of Web shop").isEmpty();
	}

	@Test
	void aWeeklyMaintenanceWindowLetsChangesInAndFlagsThoseOutside() {
		OffsetDateTime wednesday = BASE.plusDays(2);
		Map<String, Object> weekly = new LinkedHashMap<>();
		weekly.put("name", "orders-db Wednesday night");
		weekly.put("scope", "CI-00004");
		weekly.put("recurrence", "WEEKLY");
		weekly.put("dayOfWeek", "WEDNESDAY");
		weekly.put("startTime", "02:00:00");
		weekly.put("durationMinutes", 120);
		weekly.put("timeZone", "UTC");
		assertThat(this.admin.post("/api/maintenance-windows", weekly).status()).isEqualTo(201);

		JsonNode inside = check("CI-00004", wednesday.plusHours(3), wednesday.plusHours(4));
		JsonNode outside = check("CI-00004", wednesday.plusHours(5), wednesday.plusHours(6));
		JsonNode above = check("CI-00003", wednesday.plusHours(5), wednesday.plusHours(6));

		assertThat(inside.path("conflicts")).isEmpty();
		assertThat(instant(inside.path("nextFreeWindow").path("start"))).isEqualTo(wednesday.plusHours(3).toInstant());
		List<JsonNode> flagged = list(outside.path("conflicts"));
		assertThat(kinds(flagged)).containsExactly("OUTSIDE_MAINTENANCE_WINDOW");
		assertThat(flagged.get(0).path("ciKey").asText()).isEqualTo("CI-00004");
		assertThat(flagged.get(0).path("windowName").asText()).isEqualTo("orders-db Wednesday night");
		// The next occurrence is a week later.
		assertThat(instant(outside.path("nextFreeWindow").path("start")))
			.isEqualTo(wednesday.plusDays(7).plusHours(2).toInstant());
		// checkout-api depends on orders-db, not the other way round: its windows do not
		// bind it.
		assertThat(above.path("conflicts")).isEmpty();
		Response unknown = this.requester
			.get("/api/schedule/conflicts?ci=CI-99999&start=" + enc(wednesday) + "&end=" + enc(wednesday.plusHours(1)));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(fieldOf(unknown)).isEqualTo("ci");
	}

	@Test
	void aPlannedWindowInThePastIsRefusedAtSubmission() {
		Map<String, Object> rfc = rfc("Restart checkout-api last week", "CI-00003", 0, 1);
		OffsetDateTime lastWeek = OffsetDateTime.now(ZoneOffset.UTC).minusDays(7).truncatedTo(ChronoUnit.HOURS);
		rfc.put("plannedStart", lastWeek.toString());
		rfc.put("plannedEnd", lastWeek.plusHours(1).toString());
		Response draft = this.requester.post("/api/changes", rfc);
		assertThat(draft.status()).as("a draft may hold any dates").isEqualTo(201);
		String key = draft.json().path("key").asText();
		AuditRows audit = new AuditRows(this.jdbc);
		audit.awaitChained();
		long before = audit.head();

		Response submitted = this.requester.post("/api/changes/" + key + "/submit", Map.of());

		assertThat(submitted.status()).isEqualTo(400);
		assertThat(fieldOf(submitted)).isEqualTo("plannedStart");
		assertThat(submitted.json().path("detail").asText())
			.contains("The planned start is in the past: pick a time from now on.");
		assertThat(this.requester.get("/api/changes/" + key).json().path("state").asText()).isEqualTo("DRAFT");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from change_request where change_key = ? and submitted_at is not null", Integer.class,
				key))
			.isZero();
		audit.awaitChained();
		assertThat(audit.head()).as("nothing recorded").isEqualTo(before);
	}

	@Test
	void adminsManageWindowsEachWriteAuditedAndTheAuditorWritesNothing() {
		AuditRows audit = new AuditRows(this.jdbc);
		Map<String, Object> freeze = new LinkedHashMap<>(Map.of("name", "Year-end freeze", "startsAt", BASE.toString(),
				"endsAt", BASE.plusDays(3).toString(), "scope", "CI-00001", "reason", "Peak sales"));
		String blackout = audit
			.expectOne("admin", "BlackoutWindowCreated", () -> this.admin.post("/api/blackout-windows", freeze))
			.json()
			.path("id")
			.asText();
		freeze.put("reason", "Peak sales; no exceptions");
		JsonNode edited = audit
			.expectOne("admin", "BlackoutWindowEdited",
					() -> this.admin.put("/api/blackout-windows/" + blackout, freeze))
			.json();
		assertThat(edited.path("scopeName").asText()).isEqualTo("Web shop");
		assertThat(edited.path("reason").asText()).isEqualTo("Peak sales; no exceptions");
		Map<String, Object> once = maintenanceBody("Sunday work", null, BASE.plusDays(6),
				BASE.plusDays(6).plusHours(4));
		String window = audit
			.expectOne("admin", "MaintenanceWindowCreated", () -> this.admin.post("/api/maintenance-windows", once))
			.json()
			.path("id")
			.asText();
		once.put("name", "Sunday morning work");
		audit.expectOne("admin", "MaintenanceWindowEdited",
				() -> this.admin.put("/api/maintenance-windows/" + window, once));
		JsonNode listed = signedIn("auditor").get("/api/maintenance-windows").json();
		assertThat(listed.findValuesAsText("name")).containsExactly("Sunday morning work");
		assertThat(listed.get(0).path("summary").asText()).startsWith("Once");

		ApiSession auditor = signedIn("auditor");
		assertThat(List.of(auditor.post("/api/blackout-windows", freeze).status(),
				auditor.put("/api/blackout-windows/" + blackout, freeze).status(),
				auditor.delete("/api/blackout-windows/" + blackout).status(),
				auditor.post("/api/maintenance-windows", once).status(),
				auditor.put("/api/maintenance-windows/" + window, once).status(),
				auditor.delete("/api/maintenance-windows/" + window).status()))
			.containsOnly(403);
		assertThat(this.requester.post("/api/maintenance-windows", once).status()).isEqualTo(403);

		audit.expectOne("admin", "MaintenanceWindowDeleted",
				() -> this.admin.delete("/api/maintenance-windows/" + window));
		audit.expectOne("admin", "BlackoutWindowDeleted", () -> this.admin.delete("/api/blackout-windows/" + blackout));
		assertThat(this.jdbc.queryForObject("select count(*) from maintenance_window", Integer.class)).isZero();
	}

	@Test
	void badWindowsAreRefusedNamingTheField() {
		Map<String, Object> weekly = new HashMap<>(Map.of("name", "No zone", "recurrence", "WEEKLY", "dayOfWeek",
				"SUNDAY", "startTime", "02:00:00", "durationMinutes", 60));
		assertThat(fieldOf(this.admin.post("/api/maintenance-windows", weekly))).isEqualTo("timeZone");
		weekly.put("timeZone", "Mars/Olympus");
		assertThat(fieldOf(this.admin.post("/api/maintenance-windows", weekly))).isEqualTo("timeZone");
		Map<String, Object> backwards = maintenanceBody("Backwards", null, BASE.plusHours(2), BASE);
		assertThat(fieldOf(this.admin.post("/api/maintenance-windows", backwards))).isEqualTo("endsAt");
		Response unknownScope = this.admin.post("/api/blackout-windows", Map.of("name", "Freeze", "startsAt",
				BASE.toString(), "endsAt", BASE.plusDays(1).toString(), "scope", "CI-99999"));
		assertThat(fieldOf(unknownScope)).isEqualTo("scope");
		assertThat(this.jdbc.queryForObject("select count(*) from maintenance_window", Integer.class)
				+ this.jdbc.queryForObject("select count(*) from blackout_window", Integer.class))
			.isZero();
	}

	// --- helpers

	String approvedChange(String title, String ci, int startHours, int endHours) {
		return this.scheduled.approved(rfc(title, ci, startHours, endHours));
	}

	String standardChange(String title, String ci, int startHours, int endHours) {
		Map<String, Object> rfc = rfc(title, ci, startHours, endHours);
		rfc.put("changeModelId", this.jdbc.queryForObject("select id::text from change_model where name = ?",
				String.class, "Restart app server"));
		return this.flows.submit(this.requester, rfc);
	}

	static Map<String, Object> rfc(String title, String ci, int startHours, int endHours) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", title);
		body.put("description", "Restart to pick up the new connection pool settings.");
		body.put("justification", "Connections leak under load since the last configuration change.");
		body.put("category", "INFRASTRUCTURE");
		body.put("affectedCis", List.of(ci));
		body.put("impact", 3);
		body.put("urgency", 3);
		body.put("implementationPlan", "Drain, restart, put back into the pool.");
		body.put("testPlan", "Health check answers UP.");
		body.put("backoutPlan", "Take the server out of the pool again.");
		body.put("timeZone", "Europe/Berlin");
		body.put("incidentRefs", List.of());
		body.put("emergency", false);
		body.put("plannedStart", BASE.plusHours(startHours).toString());
		body.put("plannedEnd", BASE.plusHours(endHours).toString());
		return body;
	}

	void blackout(String name, String scope, OffsetDateTime start, OffsetDateTime end, String reason) {
		Map<String, Object> body = new HashMap<>(
				Map.of("name", name, "startsAt", start.toString(), "endsAt", end.toString()));
		body.put("scope", scope);
		body.put("reason", reason);
		Response created = this.admin.post("/api/blackout-windows", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	void maintenanceOnce(String name, String scope, OffsetDateTime start, OffsetDateTime end) {
		Response created = this.admin.post("/api/maintenance-windows", maintenanceBody(name, scope, start, end));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	static Map<String, Object> maintenanceBody(String name, String scope, OffsetDateTime start, OffsetDateTime end) {
		Map<String, Object> body = new HashMap<>(
				Map.of("name", name, "recurrence", "ONCE", "startsAt", start.toString(), "endsAt", end.toString()));
		body.put("scope", scope);
		return body;
	}

	private JsonNode check(String ci, OffsetDateTime start, OffsetDateTime end) {
		Response response = this.requester
			.get("/api/schedule/conflicts?ci=" + ci + "&start=" + enc(start) + "&end=" + enc(end));
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private List<JsonNode> conflicts(String key) {
		return list(this.requester.get("/api/changes/" + key + "/conflicts").json().path("conflicts"));
	}

	static List<JsonNode> list(JsonNode array) {
		List<JsonNode> items = new ArrayList<>();
		array.forEach(items::add);
		return items;
	}

	static List<String> kinds(List<JsonNode> conflicts) {
		return conflicts.stream().map((conflict) -> conflict.path("kind").asText()).toList();
	}

	private static String lastStep(JsonNode change) {
		List<JsonNode> steps = list(change.path("history"));
		return steps.stream()
			.filter((step) -> "conflict".equals(step.path("outcome").asText()))
			.reduce((first, second) -> second)
			.map((step) -> step.path("detail").asText())
			.orElse("");
	}

	static java.time.Instant instant(JsonNode node) {
		return OffsetDateTime.parse(node.asText()).toInstant();
	}

	static String enc(OffsetDateTime time) {
		return java.net.URLEncoder.encode(time.toString(), java.nio.charset.StandardCharsets.UTF_8);
	}

	static String fieldOf(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		return response.json().path("errors").path(0).path("field").asText();
	}

}
