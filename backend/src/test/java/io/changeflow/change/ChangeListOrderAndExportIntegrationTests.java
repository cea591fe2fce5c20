package io.changeflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.IntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an auditor asks of the change list: a period on a chosen date, an order that stays
 * right across keyset pages, and the same list as CSV. The dates are set in the database
 * so that each order differs from the others and ties need the key.
 */
class ChangeListOrderAndExportIntegrationTests extends IntegrationTest {

	private static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");

	private ApiSession auditor;

	@BeforeEach
	void sixDraftsWithDatesPrioritiesAndWindows() {
		ApiSession requester = signedIn("requester");
		// key, submitted (hours after T0), planned start (hours after Rfcs.BASE),
		// priority, implemented (hours after T0)
		Object[][] rows = { { "CHG-000001", 10, 30, "P3", 100 }, { "CHG-000002", 20, 10, "P1", null },
				{ "CHG-000003", 20, 20, null, 300 }, { "CHG-000004", 5, 50, "P1", 200 },
				{ "CHG-000005", 30, 40, "P2", null }, { "CHG-000006", 1, 60, "P3", 300 } };
		for (Object[] row : rows) {
			int start = (int) row[2];
			Response created = requester.post("/api/changes",
					Rfcs.window(Rfcs.valid("Change " + row[0], List.of("CI-00003")), start, start + 1));
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			assertThat(created.json().path("key").asText()).isEqualTo(row[0]);
			this.jdbc.update(
					"update change_request set submitted_at = ?, priority = ?, implemented_at = ? "
							+ "where change_key = ?",
					ts(at((int) row[1])), row[3], (row[4] != null) ? ts(at((int) row[4])) : null, row[0]);
		}
		this.auditor = signedIn("auditor");
	}

	@Test
	void eachOrderHoldsAcrossPages() {
		assertThat(keys(walk("/api/changes?limit=2"))).as("newest submitted first, by default")
			.containsExactly("CHG-000005", "CHG-000003", "CHG-000002", "CHG-000001", "CHG-000004", "CHG-000006");
		assertThat(keys(walk("/api/changes?limit=2&sort=SUBMITTED"))).containsExactly("CHG-000005", "CHG-000003",
				"CHG-000002", "CHG-000001", "CHG-000004", "CHG-000006");
		assertThat(keys(walk("/api/changes?limit=2&sort=PLANNED_START"))).containsExactly("CHG-000002", "CHG-000003",
				"CHG-000001", "CHG-000005", "CHG-000004", "CHG-000006");
		assertThat(keys(walk("/api/changes?limit=2&sort=PRIORITY"))).as("P1 first, unclassified last")
			.containsExactly("CHG-000004", "CHG-000002", "CHG-000005", "CHG-000006", "CHG-000001", "CHG-000003");
		assertThat(keys(walk("/api/changes?limit=4&sort=KEY"))).containsExactly("CHG-000001", "CHG-000002",
				"CHG-000003", "CHG-000004", "CHG-000005", "CHG-000006");
		assertThat(keys(walk("/api/changes?limit=1&sort=IMPLEMENTED"))).as("not implemented last")
			.containsExactly("CHG-000006", "CHG-000003", "CHG-000004", "CHG-000001", "CHG-000005", "CHG-000002");
	}

	@Test
	void aPeriodOnTheChosenDateIncludesItsStartAndExcludesItsEnd() {
		assertThat(keys(walk("/api/changes?limit=2&date=SUBMITTED&from=" + iso(at(5)) + "&to=" + iso(at(20)))))
			.containsExactly("CHG-000001", "CHG-000004");
		assertThat(
				keys(walk("/api/changes?date=IMPLEMENTED&from=" + iso(at(200)) + "&to=" + iso(at(301)) + "&sort=KEY")))
			.containsExactly("CHG-000003", "CHG-000004", "CHG-000006");
		assertThat(keys(walk("/api/changes?date=IMPLEMENTED&sort=KEY"))).as("implemented at all")
			.containsExactly("CHG-000001", "CHG-000003", "CHG-000004", "CHG-000006");
		String start = iso(Rfcs.BASE.plusHours(20).toInstant());
		assertThat(keys(walk("/api/changes?date=PLANNED_START&sort=PLANNED_START&from=" + start)))
			.containsExactly("CHG-000003", "CHG-000001", "CHG-000005", "CHG-000004", "CHG-000006");
		assertThat(keys(walk("/api/changes?date=PLANNED_START&to=" + start))).containsExactly("CHG-000002");
	}

	@Test
	void aCursorOfAnotherOrderOrABadParameterIsRefusedNamingIt() {
		String next = this.auditor.get("/api/changes?limit=2&sort=PRIORITY").json().path("next").asText();

		Response otherSort = this.auditor.get("/api/changes?limit=2&sort=KEY&after=" + next);
		Response garbage = this.auditor.get("/api/changes?after=CHG-000003");
		Response badSort = this.auditor.get("/api/changes?sort=TITLE");
		Response badDate = this.auditor.get("/api/changes?date=CREATED&from=" + iso(at(1)));
		Response backwards = this.auditor.get("/api/changes/export.csv?from=" + iso(at(2)) + "&to=" + iso(at(1)));

		assertThat(otherSort.status()).as(otherSort.toString()).isEqualTo(400);
		assertThat(fieldOf(otherSort)).isEqualTo("after");
		assertThat(otherSort.json().path("detail").asText()).contains("PRIORITY");
		assertThat(garbage.status()).isEqualTo(400);
		assertThat(fieldOf(garbage)).isEqualTo("after");
		assertThat(badSort.status()).isEqualTo(400);
		assertThat(fieldOf(badSort)).isEqualTo("sort");
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(fieldOf(badDate)).isEqualTo("date");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(fieldOf(backwards)).isEqualTo("to");
	}

	@Test
	void theCsvIsTheFilteredSortedListWithEveryPageAndDefusedCells() {
		this.jdbc.update("update change_request set title = ? where change_key = 'CHG-000004'",
				"=HYPERLINK(\"http://evil\"), \"quoted\"");
		this.jdbc.update("update change_request set title = ? where change_key = 'CHG-000002'", "-1 plus, minus");

		Response csv = this.auditor.get("/api/changes/export.csv?sort=PRIORITY&priority=P1");
		Response all = this.auditor.get("/api/changes/export.csv?date=IMPLEMENTED&sort=KEY");

		assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.header("Content-Disposition")).startsWith("attachment; filename=\"changes-").endsWith(".csv\"");
		assertThat(csv.header("X-Csv-Truncated")).isEqualTo("false");
		List<String> lines = csv.body().lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).startsWith("key,title,state,class,risk,priority,requester,submitted at");
		assertThat(lines.get(1)).startsWith("CHG-000004,\"'=HYPERLINK(\"\"http://evil\"\"), \"\"quoted\"\"\",DRAFT,");
		assertThat(lines.get(1)).contains(",P1,requester," + at(5));
		assertThat(lines.get(2)).startsWith("CHG-000002,\"'-1 plus, minus\",DRAFT,");
		assertThat(all.body().lines().skip(1).map((line) -> line.substring(0, 10)).toList())
			.containsExactly("CHG-000001", "CHG-000003", "CHG-000004", "CHG-000006");
		assertThat(signedIn("requester").get("/api/changes/export.csv").status()).as("every reader may export")
			.isEqualTo(200);
	}

	private static Timestamp ts(Instant instant) {
		return Timestamp.from(instant);
	}

	private static Instant at(int hours) {
		return T0.plus(hours, ChronoUnit.HOURS);
	}

	private static String iso(Instant instant) {
		return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
	}

	private List<JsonNode> walk(String first) {
		List<JsonNode> pages = new ArrayList<>();
		String after = null;
		do {
			Response response = this.auditor.get(first + ((after != null) ? "&after=" + after : ""));
			assertThat(response.status()).as(response.toString()).isEqualTo(200);
			JsonNode page = response.json();
			pages.add(page);
			after = page.path("next").isTextual() ? page.path("next").asText() : null;
			assertThat(pages).as("pages of " + first).hasSizeLessThanOrEqualTo(10);
		}
		while (after != null);
		return pages;
	}

	private static List<String> keys(List<JsonNode> pages) {
		List<String> keys = new ArrayList<>();
		pages.forEach((page) -> page.path("items").forEach((item) -> keys.add(item.path("key").asText())));
		return keys;
	}

	private static String fieldOf(Response response) {
		return response.json().path("errors").path(0).path("field").asText();
	}

}
