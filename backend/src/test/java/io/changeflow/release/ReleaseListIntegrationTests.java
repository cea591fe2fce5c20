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
