package io.changeflow.release;

import io.changeflow.timeline.TimelineStep;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Planning releases over REST: bundling changes ready for release, the key scheme,
 * validation naming the field, roles, and the artifact rules.
 */
class ReleaseIntegrationTests extends ReleaseTestSupport {

	@Autowired
	private ReleaseProcessRecords releases;

	@Test
	void aReleaseBundlesReadyChangesUnderAMonthlyKeyAndEachChangeOnlyOnce() {
		String first = readyStandardChange("Restart checkout-api staging", "CI-00009", 0);
		String second = readyStandardChange("Restart staging checkout-api again", "CI-00009", 4);
		ApiSession releng = signedIn("releng");
		assertThat(releng.get("/api/releases/candidates").json().findValuesAsText("key"))
			.containsExactlyInAnyOrder(first, second);

		Response created = releng.post("/api/releases", release("Checkout November", List.of(first, second)));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		String month = "%04d.%02d".formatted(today.getYear(), today.getMonthValue());
		JsonNode release = created.json();
		assertThat(release.path("key").asText()).isEqualTo("REL-" + month + "-1");
		assertThat(created.header("Location")).endsWith("/api/releases/REL-" + month + "-1");
		assertThat(release.path("state").asText()).isEqualTo("DRAFT");
		assertThat(release.path("changes").findValuesAsText("key")).containsExactly(first, second);
		assertThat(release.path("changes").findValuesAsText("state")).containsOnly("READY_FOR_RELEASE");
		assertThat(release.path("releaseNotes").asText()).contains(first, second, "Restart checkout-api staging");
		assertThat(release.path("waves").findValuesAsText("name")).containsExactly("test", "staging", "prod-canary",
				"prod-rest");
		assertThat(release.path("waves").get(2).path("percent").asInt()).isEqualTo(5);
		assertThat(release.path("artifactsLocked").asBoolean()).isFalse();
		assertThat(releng.get("/api/releases/candidates").json()).isEmpty();

		Response again = releng.post("/api/releases", release("Checkout again", List.of(second)));
		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(fieldOf(again)).isEqualTo("changeKeys[0]");
		Response other = releng.post("/api/releases", release("Checkout December", List.of()));
		assertThat(other.json().path("key").asText()).isEqualTo("REL-" + month + "-2");
		Response added = releng.post("/api/releases/REL-" + month + "-2/changes", Map.of("changeKey", first));
		assertThat(added.status()).isEqualTo(409);
		assertThat(fieldOf(added)).isEqualTo("changeKey");
		assertThat(added.json().path("detail").asText()).contains("REL-" + month + "-1");

		Response removed = releng.delete("/api/releases/REL-" + month + "-1/changes/" + first);
		assertThat(removed.status()).as(removed.toString()).isEqualTo(200);
		assertThat(releng.post("/api/releases/REL-" + month + "-2/changes", Map.of("changeKey", first)).status())
			.isEqualTo(200);
		assertThat(releng.get("/api/releases?q=december").json().path("items").findValuesAsText("changeCount"))
			.containsExactly("1");
		assertThat(signedIn("auditor").get("/api/releases?state=DRAFT").json().path("items")).hasSize(2);
	}

	@Test
	void onlyChangesReadyForReleaseAreBundled() {
		ApiSession requester = signedIn("requester");
		String draft = requester.post("/api/changes", rfc("Not yet submitted", List.of("CI-00003"), 0))
			.json()
			.path("key")
			.asText();
		ApiSession releng = signedIn("releng");

		Response notReady = releng.post("/api/releases", release("Too early", List.of(draft)));
		Response unknown = releng.post("/api/releases", release("No such change", List.of("CHG-999999")));

		assertThat(notReady.status()).as(notReady.toString()).isEqualTo(409);
		assertThat(fieldOf(notReady)).isEqualTo("changeKeys[0]");
		assertThat(notReady.json().path("detail").asText()).contains("DRAFT");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(fieldOf(unknown)).isEqualTo("changeKeys[0]");
		assertThat(this.jdbc.queryForObject("select count(*) from software_release", Integer.class)).isZero();
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		ApiSession releng = signedIn("releng");
		Map<String, Object> nameless = release(" ", List.of());
		Map<String, Object> backwards = release("Backwards", List.of());
		backwards.put("plannedEnd", BASE.minusHours(1).toString());
		Map<String, Object> badUnit = release("Bad unit", List.of());
		badUnit.put("releaseUnit", List.of("TOASTER"));

		assertThat(fieldOf(releng.post("/api/releases", nameless))).isEqualTo("name");
		assertThat(fieldOf(releng.post("/api/releases", backwards))).isEqualTo("plannedEnd");
		assertThat(fieldOf(releng.post("/api/releases", badUnit))).startsWith("releaseUnit");

		String key = releng.post("/api/releases", release("Waves", List.of())).json().path("key").asText();
		Map<String, Object> wave = new LinkedHashMap<>(
				Map.of("name", "canary", "environment", "prod", "percent", 0, "manualGate", true));
		Response badWave = releng.put("/api/releases/" + key + "/waves", List.of(wave));
		assertThat(badWave.status()).isEqualTo(400);
		assertThat(fieldOf(badWave)).isEqualTo("waves[0].percent");
		wave.put("percent", 10);
		Response planned = releng.put("/api/releases/" + key + "/waves",
				List.of(wave, Map.of("name", "rest", "environment", "prod", "percent", 100)));
		assertThat(planned.json().path("waves").findValuesAsText("name")).containsExactly("canary", "rest");
		Response empty = releng.post("/api/releases/" + key + "/build", Map.of());
		assertThat(empty.status()).isEqualTo(400);
		assertThat(fieldOf(empty)).isEqualTo("changeKeys");
		Response backOut = releng.post("/api/releases/" + key + "/back-out", Map.of("reason", "why not"));
		assertThat(backOut.status()).as("only a rollout can be backed out").isEqualTo(409);
	}

	@Test
	void releaseEngineersWriteOthersOnlyRead() {
		String key = signedIn("releng").post("/api/releases", release("Roles", List.of())).json().path("key").asText();

		assertThat(signedIn("requester").get("/api/releases").status()).isEqualTo(403);
		assertThat(signedIn("manager").get("/api/releases/" + key).status()).isEqualTo(200);
		assertThat(signedIn("auditor").get("/api/releases/" + key).status()).isEqualTo(200);
		assertThat(signedIn("admin").get("/api/releases").status()).isEqualTo(200);
		assertThat(signedIn("manager").post("/api/releases", release("No", List.of())).status()).isEqualTo(403);
		assertThat(signedIn("auditor").put("/api/releases/" + key, release("No", List.of())).status()).isEqualTo(403);
		assertThat(signedIn("releng").get("/api/releases/REL-1999.01-1").status()).isEqualTo(404);
	}

	@Test
	void artifactsNeedAChecksumAndFreezeOnceTheReleaseIsAccepted() {
		ApiSession releng = signedIn("releng");
		String key = releng.post("/api/releases", release("Artifacts", List.of())).json().path("key").asText();

		Response bad = releng.post("/api/releases/" + key + "/artifacts", artifact("checkout-api", "2.9.0", "xyz"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fieldOf(bad)).isEqualTo("sha256");
		Response good = releng.post("/api/releases/" + key + "/artifacts",
				artifact("checkout-api", "2.9.0", "AB".repeat(32)));
		assertThat(good.status()).as(good.toString()).isEqualTo(201);
		JsonNode registered = good.json().path("artifacts").get(0);
		assertThat(registered.path("sha256").asText()).isEqualTo("ab".repeat(32));
		assertThat(registered.path("registeredBy").asText()).isEqualTo("releng");
		Response twice = releng.post("/api/releases/" + key + "/artifacts",
				artifact("checkout-api", "2.9.1", "cd".repeat(32)));
		assertThat(twice.status()).isEqualTo(409);
		assertThat(fieldOf(twice)).isEqualTo("name");

		// The step after acceptance is the rollout plan review (what the process
		// reports).
		this.releases.recordStep(key, new TimelineStep<>("review_rollout_plan", "Review rollout plan",
				ReleaseState.PLAN_REVIEW, null, null, null, null, "test:1", null));

		Response late = releng.post("/api/releases/" + key + "/artifacts",
				artifact("shop-frontend", "4.13.0", "ef".repeat(32)));
		assertThat(late.status()).isEqualTo(409);
		JsonNode release = releng.get("/api/releases/" + key).json();
		assertThat(release.path("artifactsLocked").asBoolean()).isTrue();
		assertThat(release.path("artifacts")).hasSize(1);
	}

}
