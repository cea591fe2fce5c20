package io.changeflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CI page lists the changes that touched an item: {@code ci} keeps the changes whose
 * affected CIs include it, and combines with the other filters.
 */
class ChangeCiFilterIntegrationTests extends IntegrationTest {

	@Test
	void onlyTheChangesAffectingTheItemAreListed() {
		ApiSession requester = signedIn("requester");
		create(requester, "Checkout only", List.of("CI-00003"));
		create(requester, "Database only", List.of("CI-00004"));
		create(requester, "Checkout and database", List.of("CI-00004", "CI-00003"));
		ApiSession auditor = signedIn("auditor");

		assertThat(titles(auditor.get("/api/changes?ci=CI-00003&sort=KEY"))).containsExactly("Checkout only",
				"Checkout and database");
		assertThat(titles(auditor.get("/api/changes?ci=CI-00004&sort=KEY"))).containsExactly("Database only",
				"Checkout and database");
		assertThat(titles(auditor.get("/api/changes?ci=CI-00004&q=only"))).as("with the search")
			.containsExactly("Database only");
		assertThat(titles(auditor.get("/api/changes?ci=CI-00005"))).as("an item no change names").isEmpty();
		assertThat(titles(auditor.get("/api/changes?ci=CI-0000"))).as("the whole key, not a prefix").isEmpty();
		assertThat(auditor.get("/api/changes/export.csv?ci=CI-00004").body().lines().skip(1).toList())
			.as("the CSV takes the same filter")
			.hasSize(2);
	}

	private static void create(ApiSession requester, String title, List<String> cis) {
		Response created = requester.post("/api/changes", Rfcs.valid(title, cis));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	private static List<String> titles(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<String> titles = new ArrayList<>();
		response.json().path("items").forEach((item) -> titles.add(item.path("title").asText()));
		return titles;
	}

}
