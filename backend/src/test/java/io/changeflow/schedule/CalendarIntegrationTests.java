package io.changeflow.schedule;

import static io.changeflow.schedule.ScheduleIntegrationTests.BASE;
import static io.changeflow.schedule.ScheduleIntegrationTests.enc;
import static io.changeflow.schedule.ScheduleIntegrationTests.list;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.AuditRows;
import io.changeflow.testing.ChangeFlows;
import io.changeflow.testing.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The change calendar (range, filters, windows expanded, conflicts marked) and its
 * iCalendar feeds, on the real engine and database.
 */
class CalendarIntegrationTests extends IntegrationTest {

	private ApiSession admin;

	private ApiSession requester;

	private ChangeFlows flows;

	private String onServer;

	private String onStaging;

	@BeforeEach
	void twoScheduledChangesAFreezeAndAWeeklyWindow() {
		this.admin = signedIn("admin");
		this.requester = signedIn("requester");
		this.flows = changeFlows();
		this.onServer = new ScheduledChanges(this::signedIn, this.jdbc, this.flows)
			.approved(ScheduleIntegrationTests.rfc("Restart app-server-01", "CI-00005", 2, 4));
		this.onStaging = standardChange("Restart checkout-api staging", "CI-00009", 3, 5);
		this.flows.awaitState(this.requester, this.onServer, "READY_FOR_RELEASE");
		this.flows.awaitState(this.requester, this.onStaging, "READY_FOR_RELEASE");
		Map<String, Object> freeze = new HashMap<>(Map.of("name", "Checkout freeze", "startsAt",
				BASE.plusHours(3).toString(), "endsAt", BASE.plusHours(6).toString(), "scope", "CI-00003"));
		assertThat(this.admin.post("/api/blackout-windows", freeze).status()).isEqualTo(201);
		Map<String, Object> weekly = new LinkedHashMap<>();
		weekly.put("name", "Tuesday early");
		weekly.put("recurrence", "WEEKLY");
		weekly.put("dayOfWeek", "TUESDAY");
		weekly.put("startTime", "01:00:00");
		weekly.put("durationMinutes", 90);
		weekly.put("timeZone", "UTC");
		assertThat(this.admin.post("/api/maintenance-windows", weekly).status()).isEqualTo(201);
	}

	@Test
	void theCalendarShowsChangesWindowsAndConflictsInTheRange() {
		JsonNode month = calendar(signedIn("auditor"), BASE.minusDays(1), BASE.plusDays(20), "");

		List<JsonNode> entries = list(month.path("entries"));
		assertThat(keys(entries, "CHANGE")).containsExactly(this.onServer, this.onStaging);
		assertThat(keys(entries, "BLACKOUT")).hasSize(1);
		// Weekly occurrences are expanded: three Tuesdays after BASE (a Monday).
		List<JsonNode> tuesdays = of(entries, "MAINTENANCE");
		assertThat(tuesdays).hasSize(3);
		assertThat(ScheduleIntegrationTests.instant(tuesdays.get(0).path("start")))
			.isEqualTo(BASE.plusDays(1).plusHours(1).toInstant());
		assertThat(ScheduleIntegrationTests.instant(tuesdays.get(0).path("end")))
			.isEqualTo(BASE.plusDays(1).plusHours(2).plusMinutes(30).toInstant());
		JsonNode server = of(entries, "CHANGE").get(0);
		assertThat(server.path("title").asText()).isEqualTo("Restart app-server-01");
		assertThat(server.path("state").asText()).isEqualTo("READY_FOR_RELEASE");
		assertThat(server.path("changeClass").asText()).isEqualTo("NORMAL");
		assertThat(server.path("cis").get(0).asText()).isEqualTo("CI-00005");
		assertThat(server.path("teams").get(0).asText()).isEqualTo("platform");
		// The freeze on checkout-api reaches app-server-01 (and the global weekly window
		// leaves both outside), staging only by the global window.
		assertThat(ScheduleIntegrationTests.kinds(list(server.path("conflicts")))).containsExactly("BLACKOUT",
				"OUTSIDE_MAINTENANCE_WINDOW");
		assertThat(ScheduleIntegrationTests.kinds(list(of(entries, "CHANGE").get(1).path("conflicts"))))
			.containsExactly("OUTSIDE_MAINTENANCE_WINDOW");

		JsonNode later = calendar(this.requester, BASE.plusDays(1), BASE.plusDays(2), "");
		assertThat(keys(list(later.path("entries")), "CHANGE")).as("outside the range").isEmpty();
		assertThat(keys(list(later.path("entries")), "MAINTENANCE")).hasSize(1);
	}

	@Test
	void theCalendarFiltersByItemServiceAndTeam() {
		OffsetDateTime from = BASE.minusDays(1);
		OffsetDateTime to = BASE.plusDays(2);

		JsonNode byCi = calendar(this.requester, from, to, "&ci=CI-00009");
		JsonNode byService = calendar(this.requester, from, to, "&service=CI-00003");
		JsonNode byTeam = calendar(this.requester, from, to, "&team=platform");
		JsonNode otherTeam = calendar(this.requester, from, to, "&team=dba");

		assertThat(keys(list(byCi.path("entries")), "CHANGE")).containsExactly(this.onStaging);
		assertThat(keys(list(byCi.path("entries")), "BLACKOUT")).as("staging does not reach checkout-api").isEmpty();
		assertThat(keys(list(byService.path("entries")), "CHANGE")).as("checkout-api runs on app-server-01")
			.containsExactly(this.onServer);
		assertThat(keys(list(byService.path("entries")), "BLACKOUT")).hasSize(1);
		assertThat(keys(list(byTeam.path("entries")), "CHANGE")).containsExactly(this.onServer);
		assertThat(keys(list(otherTeam.path("entries")), "CHANGE")).isEmpty();

		Response backwards = this.requester.get("/api/calendar?from=" + enc(to) + "&to=" + enc(from));
		assertThat(ScheduleIntegrationTests.fieldOf(backwards)).isEqualTo("to");
		assertThat(anonymous().get("/api/calendar?from=" + enc(from) + "&to=" + enc(to)).status()).isEqualTo(401);
	}

	@Test
	void personalAndTeamFeedsAreICalendarBehindAHashedToken() {
		assertThat(this.requester.get("/api/calendar/feed-token").json().path("active").asBoolean()).isFalse();
		AuditRows audit = new AuditRows(this.jdbc);
		JsonNode made = audit
			.expectOne("requester", "CalendarFeedTokenRotated",
					() -> this.requester.post("/api/calendar/feed-token", Map.of()))
			.json();
		String token = made.path("token").asText();
		assertThat(made.path("personalFeed").asText()).isEqualTo("/api/calendar.ics?token=" + token);
		assertThat(this.jdbc.queryForObject("select token_hash from calendar_feed_token where username = 'requester'",
				String.class))
			.as("only a hash is stored")
			.hasSize(64)
			.isNotEqualTo(token);
		JsonNode status = this.requester.get("/api/calendar/feed-token").json();
		assertThat(status.path("active").asBoolean()).isTrue();
		assertThat(status.hasNonNull("token")).isFalse();

		ApiSession calendarApp = anonymous();
		Response feed = calendarApp.get("/api/calendar.ics?token=" + token);
		assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
		assertThat(feed.header("Content-Type")).startsWith("text/calendar");
		String ics = feed.body();
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(ics).contains("UID:" + this.onServer + "@changeflow\r\n")
			.contains("UID:" + this.onStaging + "@changeflow\r\n")
			.contains("DTSTART:" + ICalendarTests.utc(BASE.plusHours(2)) + "\r\n")
			.contains("DTEND:" + ICalendarTests.utc(BASE.plusHours(4)) + "\r\n")
			.contains("SUMMARY:CONFLICT " + this.onServer + ": Restart app-server-01\r\n")
			.contains("SUMMARY:Blackout: Checkout freeze");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}

		// The team feed: platform owns app-server-01, not the staging API.
		String team = calendarApp.get("/api/calendar/teams/platform.ics?token=" + token).body();
		assertThat(team).contains("UID:" + this.onServer + "@changeflow").doesNotContain(this.onStaging);

		// A wrong token, none, or the old one after a new one was made: 401.
		assertThat(calendarApp.get("/api/calendar.ics?token=nope").status()).isEqualTo(401);
		assertThat(calendarApp.get("/api/calendar.ics").status()).isEqualTo(401);
		this.requester.post("/api/calendar/feed-token", Map.of());
		assertThat(calendarApp.get("/api/calendar.ics?token=" + token).status()).isEqualTo(401);
		assertThat(calendarApp.get("/api/calendar/teams/platform.ics?token=" + token).status()).isEqualTo(401);
	}

	private String standardChange(String title, String ci, int startHours, int endHours) {
		Map<String, Object> rfc = ScheduleIntegrationTests.rfc(title, ci, startHours, endHours);
		rfc.put("changeModelId", this.jdbc.queryForObject("select id::text from change_model where name = ?",
				String.class, "Restart app server"));
		return this.flows.submit(this.requester, rfc);
	}

	private static JsonNode calendar(ApiSession session, OffsetDateTime from, OffsetDateTime to, String filters) {
		Response response = session.get("/api/calendar?from=" + enc(from) + "&to=" + enc(to) + filters);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private static List<JsonNode> of(List<JsonNode> entries, String kind) {
		return entries.stream().filter((entry) -> kind.equals(entry.path("kind").asText())).toList();
	}

	private static List<String> keys(List<JsonNode> entries, String kind) {
		return of(entries, kind).stream().map((entry) -> entry.path("id").asText()).toList();
	}

}
