package io.changeflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The release list over REST, keyset paged like the change list: newest first, every
 * release once across the pages, filters on every page, a bad cursor named.
 */
class ReleaseListIntegrationTests extends ReleaseTestSupport {

	private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.DAYS);

	/** The seven releases in list order: newest first, the key breaking ties. */
	private final List<String> newestFirst = new ArrayList<>();

	private ApiSession auditor;

	@BeforeEach
	void sevenReleasesTwoOfThemCreatedAtTheSameMoments() {
		ApiSession releng = signedIn("releng");
		record Row(String key, Instant createdAt) {
		}
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			Response created = releng.post("/api/releases",
					release((i % 2 == 0) ? "Shop " + i : "Billing " + i, List.of()));
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			String key = created.json().path("key").asText();
			// Pairs share a creation time, so the key has to break the tie for the
			// pages to stay apart.
			Instant createdAt = T0.plus(i / 2, ChronoUnit.HOURS);
			this.jdbc.update("update software_release set created_at = ? where release_key = ?",
					Timestamp.from(createdAt), key);
			rows.add(new Row(key, createdAt));
		}
		rows.sort(Comparator.comparing(Row::createdAt).thenComparing(Row::key).reversed());
		rows.forEach((row) -> this.newestFirst.add(row.key()));
		this.auditor = signedIn("auditor");
	}

	@Test
	void pagesHoldEveryReleaseOnceNewestFirst() {
		List<JsonNode> pages = walk("/api/releases?limit=3");

		assertThat(pages).hasSize(3);
		assertThat(pages).extracting((page) -> page.path("items").size()).containsExactly(3, 3, 1);
		assertThat(keysOf(pages)).containsExactlyElementsOf(this.newestFirst);
		assertThat(pages.get(2).path("next").isTextual()).as("no cursor after the last page").isFalse();
		assertThat(keysOf(walk("/api/releases"))).as("one page by default").containsExactlyElementsOf(this.newestFirst);
	}

	@Test
	void filtersApplyOnEveryPage() {
		List<String> billing = this.newestFirst.stream().filter(this::isBilling).toList();
		closeRelease(this.newestFirst.get(1));
		closeRelease(this.newestFirst.get(4));

		assertThat(keysOf(walk("/api/releases?limit=2&q=BILL"))).containsExactlyElementsOf(billing);
		assertThat(keysOf(walk("/api/releases?limit=1&state=CLOSED"))).containsExactly(this.newestFirst.get(1),
				this.newestFirst.get(4));
		List<String> drafts = new ArrayList<>(this.newestFirst);
		drafts.removeAll(List.of(this.newestFirst.get(1), this.newestFirst.get(4)));
		assertThat(keysOf(walk("/api/releases?limit=2&state=DRAFT"))).containsExactlyElementsOf(drafts);
		assertThat(keysOf(walk("/api/releases?limit=2&state=DRAFT&state=CLOSED")))
			.containsExactlyElementsOf(this.newestFirst);
		assertThat(keysOf(walk("/api/releases?q=" + this.newestFirst.get(3).toLowerCase())))
			.containsExactly(this.newestFirst.get(3));
		assertThat(keysOf(walk("/api/releases?q=%25"))).isEmpty();
	}

	@Test
	void aBadCursorOrFilterIsRefusedNamingTheParameter() {
		Response unknown = this.auditor.get("/api/releases?after=REL-1999.01-1");
		Response tooLong = this.auditor.get("/api/releases?after=" + "R".repeat(41));
		Response badState = this.auditor.get("/api/releases?state=SHIPPED");

		assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
		assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
		assertThat(fieldOf(unknown)).isEqualTo("after");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(fieldOf(tooLong)).isEqualTo("after");
		assertThat(badState.status()).as(badState.toString()).isEqualTo(400);
		assertThat(fieldOf(badState)).isEqualTo("state");
		assertThat(this.auditor.get("/api/releases?limit=0").status()).isEqualTo(400);
		assertThat(this.auditor.get("/api/releases?limit=201").status()).isEqualTo(400);
	}

	@Test
	void sortsByEndAndPlannedStartAcrossPagesAndFiltersByPeriod() {
		// Ended: releases 0 and 3 at the same moment, 5 an hour later; planned starts
		// run backwards from release 6 to 0.
		Instant ended = T0.plus(2, ChronoUnit.DAYS);
		endRelease(this.newestFirst.get(0), ended);
		endRelease(this.newestFirst.get(3), ended);
		endRelease(this.newestFirst.get(5), ended.plus(1, ChronoUnit.HOURS));
		for (int i = 0; i < this.newestFirst.size(); i++) {
			this.jdbc.update("update software_release set planned_start = ?, planned_end = ? where release_key = ?",
					Timestamp.from(T0.plus(10 + i, ChronoUnit.DAYS)), Timestamp.from(T0.plus(11 + i, ChronoUnit.DAYS)),
					this.newestFirst.get(i));
		}
		List<String> endedTies = new ArrayList<>(List.of(this.newestFirst.get(0), this.newestFirst.get(3)));
		endedTies.sort(Comparator.reverseOrder());

		List<String> byEnd = keysOf(walk("/api/releases?limit=2&sort=ENDED"));
		List<String> inPeriod = keysOf(walk("/api/releases?limit=1&sort=ENDED&date=ENDED&from=" + ended.toString()
				+ "&to=" + ended.plus(1, ChronoUnit.HOURS)));

		assertThat(byEnd.subList(0, 3)).containsExactly(this.newestFirst.get(5), endedTies.get(0), endedTies.get(1));
		assertThat(byEnd).hasSize(7).doesNotHaveDuplicates();
		assertThat(keysOf(walk("/api/releases?limit=3&sort=PLANNED_START")))
			.containsExactlyElementsOf(this.newestFirst);
		assertThat(inPeriod).as("from included, to excluded").containsExactlyElementsOf(endedTies);
		assertThat(keysOf(walk("/api/releases?date=CREATED&from=" + T0.plus(1, ChronoUnit.HOURS) + "&to="
				+ T0.plus(2, ChronoUnit.HOURS))))
			.containsExactly(this.newestFirst.get(3), this.newestFirst.get(4));
		String next = this.auditor.get("/api/releases?limit=2&sort=ENDED").json().path("next").asText();
		Response otherSort = this.auditor.get("/api/releases?limit=2&sort=CREATED&after=" + next);
		assertThat(otherSort.status()).isEqualTo(400);
		assertThat(fieldOf(otherSort)).isEqualTo("after");
	}

	@Test
	void theCsvHoldsTheSortedFilteredListWithItsDates() {
		Instant ended = T0.plus(2, ChronoUnit.DAYS);
		endRelease(this.newestFirst.get(2), ended);
		this.jdbc.update("update software_release set name = ? where release_key = ?", "@SUM(A1:A9) release",
				this.newestFirst.get(2));

		Response csv = this.auditor.get("/api/releases/export.csv?date=ENDED");

		assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
		assertThat(csv.header("Content-Disposition")).contains("filename=\"releases-");
		List<String> lines = csv.body().lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0))
			.isEqualTo("key,name,type,state,changes,planned start,planned end,created at,ended at,current step");
		assertThat(lines.get(1)).startsWith(this.newestFirst.get(2) + ",'@SUM(A1:A9) release,DELTA,CLOSED,0,")
			.contains("," + ended + ",");
		assertThat(this.auditor.get("/api/releases/export.csv").body().lines().count()).isEqualTo(8);
	}

	private void endRelease(String key, Instant at) {
		this.jdbc.update("update software_release set state = 'CLOSED', ended_at = ? where release_key = ?",
				Timestamp.from(at), key);
	}

	private boolean isBilling(String key) {
		return this.jdbc.queryForObject("select name from software_release where release_key = ?", String.class, key)
			.startsWith("Billing");
	}

	private void closeRelease(String key) {
		this.jdbc.update("update software_release set state = 'CLOSED' where release_key = ?", key);
	}

	/** Every page of a list, following {@code next} until there is none. */
	private List<JsonNode> walk(String first) {
		List<JsonNode> pages = new ArrayList<>();
		String after = null;
		do {
			Response response = this.auditor
				.get(first + ((after != null) ? (first.contains("?") ? "&" : "?") + "after=" + after : ""));
			assertThat(response.status()).as(response.toString()).isEqualTo(200);
			JsonNode page = response.json();
			pages.add(page);
			after = page.path("next").isTextual() ? page.path("next").asText() : null;
			assertThat(pages).as("pages of " + first).hasSizeLessThanOrEqualTo(10);
		}
		while (after != null);
		return pages;
	}

	private static List<String> keysOf(List<JsonNode> pages) {
		List<String> keys = new ArrayList<>();
		pages.forEach((page) -> page.path("items").forEach((item) -> keys.add(item.path("key").asText())));
		return keys;
	}

}
