package io.changeflow.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.AuditRows;
import io.changeflow.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CMDB as a graph: admins record items and relations (each in the history and the
 * audit log), impact analysis walks the graph through cycles, diamonds and long chains,
 * and a bulk import takes every row or none.
 */
class CmdbGraphIntegrationTests extends IntegrationTest {

	private ApiSession admin;

	@BeforeEach
	void signIn() {
		this.admin = signedIn("admin");
	}

	@Test
	void aChangeToAServerReachesTheBusinessServiceAndItsUsers() {
		JsonNode impact = signedIn("requester").get("/api/impact?ci=CI-00005").json();

		assertThat(impact.path("starts").toString()).isEqualTo("[\"CI-00005\"]");
		JsonNode shop = service(impact, "CI-00001");
		assertThat(shop.path("depth").asInt()).isEqualTo(2);
		assertThat(shop.path("path").toString())
			.as("of the two shortest paths (through shop-frontend or checkout-api), the one through the lower key")
			.isEqualTo("[\"CI-00005\",\"CI-00002\",\"CI-00001\"]");
		assertThat(shop.path("users").asText()).contains("Online customers");
		assertThat(impact.path("highestServiceCriticality").asText()).isEqualTo("CRITICAL");
		// The server's dependents, not what it depends on: the load balancer is not
		// reached.
		assertThat(impact.path("impacted").findValuesAsText("key")).containsExactlyInAnyOrder("CI-00005", "CI-00002",
				"CI-00003", "CI-00001");
	}

	@Test
	void impactEndsInCyclesAndCountsEachItemOnceInDiamonds() {
		// a <- b <- c <- a (a cycle), and a diamond: d <- e, d <- f, e <- g, f <- g
		String a = item("cycle-a");
		String b = item("cycle-b");
		String c = item("cycle-c");
		relate(b, "DEPENDS_ON", a);
		relate(c, "DEPENDS_ON", b);
		relate(a, "DEPENDS_ON", c);
		String d = item("diamond-d");
		String e = item("diamond-e");
		String f = item("diamond-f");
		String g = item("diamond-g");
		relate(e, "RUNS_ON", d);
		relate(f, "RUNS_ON", d);
		relate(g, "DEPENDS_ON", e);
		relate(g, "DEPENDS_ON", f);

		JsonNode cycle = this.admin.get("/api/impact?ci=" + a).json();
		assertThat(cycle.path("impacted").findValuesAsText("key")).containsExactly(a, b, c);
		assertThat(cycle.path("impacted").findValuesAsText("depth")).containsExactly("0", "1", "2");

		JsonNode diamond = this.admin.get("/api/impact?ci=" + d).json();
		assertThat(diamond.path("impacted").findValuesAsText("key")).containsExactly(d, e, f, g);
		assertThat(diamond.path("impacted").get(3).path("depth").asInt()).isEqualTo(2);
		assertThat(diamond.path("relations")).hasSize(4);
	}

	@Test
	void impactFollowsChainsDeeperThanTen() {
		List<String> chain = new ArrayList<>();
		chain.add(item("layer-0"));
		for (int i = 1; i <= 14; i++) {
			chain.add(item("layer-" + i));
			relate(chain.get(i), "DEPENDS_ON", chain.get(i - 1));
		}
		relate(chain.get(0), "DEPENDS_ON", chain.get(14)); // and back: a cycle 15 long

		JsonNode impact = this.admin.get("/api/cis/" + chain.get(0) + "/impact").json();

		assertThat(impact.path("impacted")).hasSize(15);
		JsonNode deepest = impact.path("impacted").get(14);
		assertThat(deepest.path("key").asText()).isEqualTo(chain.get(14));
		assertThat(deepest.path("depth").asInt()).isEqualTo(14);
		assertThat(deepest.path("path")).hasSize(15);
	}

	@Test
	void retiredItemsCarryNoImpact() {
		String base = item("base");
		String retired = item("retired-app");
		String above = item("above");
		relate(retired, "RUNS_ON", base);
		relate(above, "DEPENDS_ON", retired);
		Map<String, Object> body = body("retired-app");
		body.put("lifecycleStatus", "RETIRED");
		assertThat(this.admin.put("/api/cis/" + retired, body).status()).isEqualTo(200);

		assertThat(this.admin.get("/api/impact?ci=" + base).json().path("impacted").findValuesAsText("key"))
			.containsExactly(base);
	}

	@Test
	void adminsRecordItemsAndRelationsEachInTheHistoryAndTheAuditLog() {
		AuditRows audit = new AuditRows(this.jdbc);
		Response created = audit.expectOne("admin", "CiCreated",
				() -> this.admin.post("/api/cis", body("billing-api")));
		assertThat(created.status()).isEqualTo(201);
		String key = created.json().path("key").asText();
		assertThat(created.header("Location")).isEqualTo("/api/cis/" + key);

		Map<String, Object> edited = body("billing-api");
		edited.put("criticality", "CRITICAL");
		edited.put("attributes", Map.of("os", "Debian 12"));
		audit.expectOne("admin", "CiEdited", () -> this.admin.put("/api/cis/" + key, edited));
		audit.expectOne("admin", "CiRelated", () -> this.admin.post("/api/cis/" + key + "/relations",
				Map.of("type", "DEPENDS_ON", "target", "CI-00004")));
		audit.expectOne("admin", "CiUnrelated",
				() -> this.admin.delete("/api/cis/" + key + "/relations/DEPENDS_ON/CI-00004"));

		JsonNode history = this.admin.get("/api/cis/" + key + "/history").json();
		assertThat(history.findValuesAsText("field")).containsExactly("created", "criticality", "attributes.os",
				"relation", "relation");
		assertThat(history.findValuesAsText("cause")).containsOnly("ADMIN");
		assertThat(history.get(1).path("oldValue").asText()).isEqualTo("MEDIUM");
		assertThat(history.get(1).path("newValue").asText()).isEqualTo("CRITICAL");
		assertThat(history.get(4).path("oldValue").asText()).isEqualTo("DEPENDS_ON CI-00004");
		assertThat(history.get(4).path("newValue").isMissingNode()).as("no value after a removal").isTrue();
		assertThat(this.admin.get("/api/cis/" + key).json().path("attributes").path("os").asText())
			.isEqualTo("Debian 12");
	}

	@Test
	void adminsRelatingTheSameItemsAtOnceAddOneRelationAndEveryoneSucceeds() throws Exception {
		String key = item("billing-api");
		List<ApiSession> admins = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			admins.add(signedIn("admin"));
		}

		List<Integer> statuses = all(admins,
				(admin) -> admin
					.post("/api/cis/" + key + "/relations", Map.of("type", "DEPENDS_ON", "target", "CI-00004"))
					.status());

		assertThat(statuses).containsOnly(201);
		assertThat(this.admin.get("/api/cis/" + key + "/relations").json()).hasSize(1);
		assertThat(this.admin.get("/api/cis/" + key + "/history").json().findValuesAsText("field"))
			.containsExactly("created", "relation");
	}

	@Test
	void simultaneousEditsOfOneItemTakeTurnsAndTheHistoryChainsTheirValues() throws Exception {
		String key = item("billing-api");
		List<ApiSession> admins = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			admins.add(signedIn("admin"));
		}
		java.util.concurrent.atomic.AtomicInteger site = new java.util.concurrent.atomic.AtomicInteger();

		List<Integer> statuses = all(admins, (admin) -> {
			Map<String, Object> body = body("billing-api");
			body.put("location", "site-" + site.incrementAndGet());
			return admin.put("/api/cis/" + key, body).status();
		});

		assertThat(statuses).containsOnly(200);
		JsonNode locations = this.admin.get("/api/cis/" + key + "/history").json();
		List<String> before = new ArrayList<>();
		List<String> after = new ArrayList<>();
		for (JsonNode row : locations) {
			if (row.path("field").asText().equals("location")) {
				before.add(row.path("oldValue").isMissingNode() ? null : row.path("oldValue").asText());
				after.add(row.path("newValue").asText());
			}
		}
		// Every edit recorded, each starting from the value the one before it left.
		assertThat(after).hasSize(8).doesNotHaveDuplicates();
		assertThat(before.get(0)).isNull();
		assertThat(before.subList(1, 8)).isEqualTo(after.subList(0, 7));
		assertThat(this.admin.get("/api/cis/" + key).json().path("location").asText()).isEqualTo(after.get(7));
	}

	@Test
	void versionsChangeOnlyThroughReleasesAndNothingRelatesToItself() {
		Map<String, Object> body = body("checkout-api");
		body.put("version", "9.9.9");
		Response refused = this.admin.put("/api/cis/CI-00003", body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("version");
		assertThat(this.admin.get("/api/cis/CI-00003").json().path("version").asText()).isEqualTo("2.8.3");

		Response self = this.admin.post("/api/cis/CI-00003/relations",
				Map.of("type", "DEPENDS_ON", "target", "CI-00003"));
		assertThat(self.status()).isEqualTo(400);
		assertThat(self.json().path("errors").get(0).path("field").asText()).isEqualTo("target");
		Integer selfLoops = this.jdbc.queryForObject("select count(*) from ci_relation where source_id = target_id",
				Integer.class);
		assertThat(selfLoops).isZero();
	}

	@Test
	void onlyAdminsWriteTheCmdb() {
		for (String user : List.of("requester", "manager", "auditor", "releng")) {
			ApiSession session = signedIn(user);
			assertThat(session.post("/api/cis", body("x")).status()).as(user).isEqualTo(403);
			assertThat(session.put("/api/cis/CI-00003", body("x")).status()).as(user).isEqualTo(403);
			assertThat(session.post("/api/cis/CI-00003/relations", Map.of("type", "DEPENDS_ON", "target", "CI-00004"))
				.status()).as(user).isEqualTo(403);
			assertThat(session.upload("/api/cis/import", "items.csv", "name\nx\n").status()).as(user).isEqualTo(403);
			assertThat(session.get("/api/cis/CI-00003/relations").status()).as(user).isEqualTo(200);
		}
	}

	@Test
	void aCsvImportCreatesItemsAndRelationsBetweenItsRows() {
		String csv = """
				ref,name,type,environment,location,criticality,ownerGroup,version,attributes,relations
				pay,Payments,business service,prod,,CRITICAL,finance,,users=Merchants,
				gw,payment-gateway,APPLICATION,prod,eu-west,HIGH,finance,1.4.0,"lang=java; port=8443","PART_OF pay; RUNS_ON CI-00005"
				""";
		AuditRows audit = new AuditRows(this.jdbc);
		Response imported = audit.expectOne("admin", "CmdbImported",
				() -> this.admin.upload("/api/cis/import", "items.csv", csv));

		assertThat(imported.json().path("created")).hasSize(2);
		assertThat(imported.json().path("relations").asInt()).isEqualTo(2);
		String payments = imported.json().path("created").get(0).asText();
		String gateway = imported.json().path("created").get(1).asText();
		assertThat(this.admin.get("/api/cis/" + gateway).json().path("attributes").path("port").asText())
			.isEqualTo("8443");
		JsonNode impact = this.admin.get("/api/impact?ci=CI-00005").json();
		assertThat(service(impact, payments).path("users").asText()).isEqualTo("Merchants");
		assertThat(this.admin.get("/api/cis/" + gateway + "/history").json().findValuesAsText("cause"))
			.containsOnly("IMPORT");
	}

	@Test
	void aBadImportListsEveryBadRowAndStoresNothing() {
		long itemsBefore = count("configuration_item");
		long historyBefore = count("ci_history");
		String json = """
				[
				  {"name": "good-one", "type": "SERVER", "environment": "prod", "criticality": "LOW", "ownerGroup": "ops"},
				  {"name": "", "type": "MAINFRAME", "environment": "prod", "criticality": "LOW", "ownerGroup": "ops"},
				  {"key": "CI-99999", "name": "ghost", "type": "SERVER", "environment": "prod", "criticality": "LOW",
				   "ownerGroup": "ops"},
				  {"key": "CI-00003", "name": "checkout-api", "type": "APPLICATION", "environment": "prod",
				   "criticality": "CRITICAL", "ownerGroup": "commerce", "version": "3.0.0",
				   "relations": [{"type": "DEPENDS_ON", "target": "nowhere"}]}
				]""";

		Response refused = this.admin.upload("/api/cis/import", "items.json", json);

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("detail").asText()).startsWith("3 of 4 rows cannot be imported");
		assertThat(refused.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("rows[2].type",
				"rows[2].name", "rows[3].key", "rows[4].version", "rows[4].relations[0]");
		assertThat(count("configuration_item")).isEqualTo(itemsBefore);
		assertThat(count("ci_history")).isEqualTo(historyBefore);

		Response notJson = this.admin.upload("/api/cis/import", "items.json", "[{\"name\": ");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.json().path("errors").get(0).path("field").asText()).isEqualTo("file");
		Response noHeader = this.admin.upload("/api/cis/import", "items.csv", "title,kind\nx,y\n");
		assertThat(noHeader.status()).isEqualTo(400);
		assertThat(noHeader.json().path("detail").asText()).contains("lacks the column name");
	}

	private static <T> List<T> all(List<ApiSession> sessions, java.util.function.Function<ApiSession, T> call)
			throws Exception {
		var start = new java.util.concurrent.CountDownLatch(1);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(sessions.size());
		try {
			List<java.util.concurrent.Future<T>> futures = new ArrayList<>();
			for (ApiSession session : sessions) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.apply(session);
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (var future : futures) {
				results.add(future.get(60, java.util.concurrent.TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private JsonNode service(JsonNode impact, String key) {
		for (JsonNode service : impact.path("businessServices")) {
			if (service.path("key").asText().equals(key)) {
				return service;
			}
		}
		throw new AssertionError("no business service " + key + " in " + impact);
	}

	private String item(String name) {
		Response created = this.admin.post("/api/cis", body(name));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("key").asText();
	}

	private void relate(String source, String type, String target) {
		Response related = this.admin.post("/api/cis/" + source + "/relations", Map.of("type", type, "target", target));
		assertThat(related.status()).as(related.toString()).isEqualTo(201);
	}

	private static Map<String, Object> body(String name) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", name);
		body.put("type", "APPLICATION");
		body.put("environment", "prod");
		body.put("criticality", "MEDIUM");
		body.put("ownerGroup", "platform");
		return body;
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
