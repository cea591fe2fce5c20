package io.changeflow.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CmdbIntegrationTests extends IntegrationTest {

	@Test
	void keysetPagesWalkEveryItemOnceInKeyOrder() {
		ApiSession session = signedIn("requester");
		List<String> keys = new ArrayList<>();
		String after = "";
		int pages = 0;
		do {
			JsonNode page = session.get("/api/cis?limit=3&after=" + after).json();
			page.path("items").forEach((item) -> keys.add(item.path("key").asText()));
			after = page.path("next").isNull() || page.path("next").isMissingNode() ? null : page.path("next").asText();
			pages++;
		}
		while (after != null);

		int total = this.jdbc.queryForObject("select count(*) from configuration_item", Integer.class);
		assertThat(total).isEqualTo(10);
		assertThat(keys).hasSize(total).doesNotHaveDuplicates().isSorted();
		assertThat(pages).isEqualTo(4);
	}

	@Test
	void filtersByTypeAndText() {
		ApiSession session = signedIn("auditor");

		JsonNode databases = session.get("/api/cis?type=DATABASE").json().path("items");
		JsonNode checkout = session.get("/api/cis?q=CHECKOUT").json().path("items");

		assertThat(databases.findValuesAsText("name")).containsExactly("orders-db", "staging-db");
		assertThat(checkout.findValuesAsText("environment")).containsExactly("prod", "staging");
	}

	@Test
	void oneItemByKey() {
		JsonNode item = signedIn("releng").get("/api/cis/CI-00004").json();

		assertThat(item.path("name").asText()).isEqualTo("orders-db");
		assertThat(item.path("criticality").asText()).isEqualTo("CRITICAL");
	}

	@Test
	void readingTheCmdbNeedsASession() {
		assertThat(anonymous().get("/api/cis").status()).isEqualTo(401);
	}

}
