package io.changeflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.changeflow.testing.ChangeWindows;
import io.changeflow.change.Rfcs;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Download;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The evidence of a change as an auditor gets it: the view, the path diagram, the
 * printable report and the ZIPs with their manifest.
 */
class EvidenceIntegrationTests extends IntegrationTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final String SCRIPT_COMMENT = "<script>alert('cab')</script> fine by me";

	@Test
	void anAuditorSeesWhoApprovedWhatTheySaidAndThePathTaken() {
		String key = approvedNormalChange("Upgrade checkout-api to 2.9.0");
		ApiSession auditor = signedIn("auditor");

		Response evidence = auditor.get("/api/changes/" + key + "/evidence");

		assertThat(evidence.status()).as(evidence.toString()).isEqualTo(200);
		JsonNode view = evidence.json();
		assertThat(view.path("change").path("key").asText()).isEqualTo(key);
		assertThat(view.path("change").path("title").asText()).isEqualTo("Upgrade checkout-api to 2.9.0");
		JsonNode classification = view.path("classification");
		assertThat(classification.path("decisionId").asText()).isEqualTo("change_classification");
		assertThat(classification.path("changeClass").asText()).isEqualTo("NORMAL");
		assertThat(classification.path("inputs").isObject()).as(classification.toString()).isTrue();
		assertThat(classification.path("inputs").size()).isPositive();
		assertThat(view.path("votes").findValuesAsText("approver")).contains("cab1", "cab2");
		assertThat(view.path("votes").findValuesAsText("approverName")).contains("Casey Cab");
		assertThat(view.path("votes").findValuesAsText("comment")).contains(SCRIPT_COMMENT);
		assertThat(view.path("votes").findValuesAsText("decision")).containsOnly("approve");
		assertThat(view.path("cabRound").path("approvers").findValuesAsText("user")).contains("cab1");
		assertThat(view.path("schedule").path("plannedStart").asText()).isNotEmpty();
		assertThat(view.path("path").findValuesAsText("elementId")).startsWith("rfc_submitted")
			.contains("review_rfc", "cab_vote");
		assertThat(view.path("path").findValuesAsText("name")).contains("CAB vote");
		assertThat(view.path("events")).isNotEmpty();
		assertThat(view.path("events").findValuesAsText("action")).contains("ChangeClassified");
		assertThat(view.path("events").findValuesAsText("subjectKey")).containsOnly(key);

		Download svg = auditor.download("/api/changes/" + key + "/evidence/path.svg");
		assertThat(svg.status()).isEqualTo(200);
		assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
		assertThat(svg.text()).contains("data-element-id=\"cab_vote\"")
			.containsPattern("class=\"node task visited[^\"]*\" data-element-id=\"review_rfc\"");
	}

	@Test
	void onlyAuditorsChangeManagersAndAdminsReadEvidence() {
		String key = changeFlows().submit(signedIn("requester"), Rfcs.valid("Rotate the TLS certificates"));

		for (String user : List.of("auditor", "manager", "admin")) {
			assertThat(signedIn(user).get("/api/changes/" + key + "/evidence").status()).as(user).isEqualTo(200);
		}
		for (String user : List.of("requester", "cab1", "ecab", "releng")) {
			ApiSession session = signedIn(user);
			assertThat(session.get("/api/changes/" + key + "/evidence").status()).as(user).isEqualTo(403);
			assertThat(session.download("/api/changes/" + key + "/evidence.zip").status()).as(user).isEqualTo(403);
			assertThat(session.download("/api/changes/" + key + "/evidence.html").status()).as(user).isEqualTo(403);
			assertThat(session.download("/api/changes/" + key + "/evidence/path.svg").status()).as(user).isEqualTo(403);
		}
		assertThat(anonymous().get("/api/changes/" + key + "/evidence").status()).isEqualTo(401);
		assertThat(signedIn("auditor").get("/api/changes/CHG-999999/evidence").status()).isEqualTo(404);
	}

	@Test
	void theEvidenceZipHoldsWhatItsManifestListsAndTheChainHead() throws Exception {
		String key = approvedNormalChange("Resize the orders database");
		ApiSession auditor = signedIn("auditor");

		Download download = auditor.download("/api/changes/" + key + "/evidence.zip");

		assertThat(download.status()).isEqualTo(200);
		assertThat(download.header("Content-Type")).isEqualTo("application/zip");
		assertThat(download.header("Content-Disposition")).contains(key + "-evidence.zip");
		Map<String, byte[]> files = unzip(download.body());
		assertThat(files.keySet()).containsExactlyInAnyOrder("manifest.json", "events.json", "events.csv",
				"change.json", "path.svg");
		JsonNode manifest = JSON.readTree(files.get("manifest.json"));
		assertThat(manifest.path("subject").asText()).isEqualTo(key);
		assertThat(manifest.path("generatedBy").asText()).isEqualTo("auditor");
		assertThat(manifest.path("generatedAt").asText()).isNotEmpty();
		assertEveryFileMatches(manifest, files);
		JsonNode verify = auditor.get("/api/audit/verify").json();
		assertThat(verify.path("intact").asBoolean()).isTrue();
		assertThat(manifest.path("chainHead").path("seq").asLong()).isEqualTo(verify.path("headSeq").asLong());
		assertThat(manifest.path("chainHead").path("hash").asText()).isEqualTo(verify.path("headHash").asText());
		JsonNode change = JSON.readTree(files.get("change.json"));
		assertThat(change.path("change").path("key").asText()).isEqualTo(key);
		assertThat(JSON.readTree(files.get("events.json")).findValuesAsText("subjectKey")).isNotEmpty()
			.containsOnly(key);
		assertThat(new String(files.get("path.svg"), java.nio.charset.StandardCharsets.UTF_8)).startsWith("<?xml")
			.contains("<svg");
	}

	@Test
	void thePeriodZipHasAFolderForEveryChangeWithAnEventInIt() throws Exception {
		String first = changeFlows().submit(signedIn("requester"), Rfcs.valid("Patch the web servers"));
		String second = changeFlows().submit(signedIn("requester"), Rfcs.valid("Patch the mail servers"));
		changeFlows().awaitState(signedIn("requester"), second, "IN_REVIEW");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		ApiSession auditor = signedIn("auditor");

		Download download = auditor
			.download("/api/audit/evidence.zip?from=" + today.minusDays(1) + "&to=" + today.plusDays(1));

		assertThat(download.status()).isEqualTo(200);
		Map<String, byte[]> files = unzip(download.body());
		assertThat(files).containsKeys("manifest.json", "events.json", "events.csv", first + "/change.json",
				first + "/path.svg", second + "/change.json", second + "/path.svg");
		JsonNode manifest = JSON.readTree(files.get("manifest.json"));
		assertThat(manifest.path("period").path("from").asText()).isEqualTo(today.minusDays(1).toString());
		assertThat(manifest.has("subject")).isFalse();
		assertEveryFileMatches(manifest, files);
		assertThat(auditor.download("/api/audit/evidence.zip?from=" + today + "&to=" + today.minusDays(1)).status())
			.isEqualTo(400);
		assertThat(signedIn("requester").download("/api/audit/evidence.zip?from=" + today + "&to=" + today).status())
			.isEqualTo(403);
	}

	@Test
	void thePrintableReportEscapesWhatPeopleTyped() {
		String key = approvedNormalChange("Upgrade checkout-api to 2.9.1");

		Download report = signedIn("auditor").download("/api/changes/" + key + "/evidence.html");

		assertThat(report.status()).isEqualTo(200);
		assertThat(report.header("Content-Type")).startsWith("text/html");
		String html = report.text();
		assertThat(html).startsWith("<!DOCTYPE html>")
			.contains("Upgrade checkout-api to 2.9.1", "Casey Cab", "&lt;script&gt;alert(&#39;cab&#39;)&lt;/script&gt;",
					"<svg")
			.doesNotContain("<script");
	}

	@Test
	void aFailedRolloutShowsEachWaveAndWhyItFailed() {
		String change = readyStandardChange();
		ApiSession releng = signedIn("releng");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "Staging restart");
		body.put("type", "DELTA");
		body.put("releaseUnit", List.of("APPLICATION"));
		body.put("plannedStart", Rfcs.valid("x").get("plannedStart"));
		body.put("plannedEnd", Rfcs.valid("x").get("plannedEnd"));
		body.put("backoutPlan", "Redeploy the previous artifacts wave by wave.");
		body.put("changeKeys", List.of(change));
		Response created = releng.post("/api/releases", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String release = created.json().path("key").asText();
		Response waves = releng.put("/api/releases/" + release + "/waves", List.of(Map.of("name", "canary",
				"environment", "staging", "percent", 100, "manualGate", false, "simulatedFailureRate", 1.0)));
		assertThat(waves.status()).as(waves.toString()).isEqualTo(200);
		assertThat(releng.post("/api/releases/" + release + "/build", Map.of()).status()).isEqualTo(200);
		completeOffered("releng2", release, "ACCEPT_RELEASE", Map.of("decision", "accept"));
		completeOffered("manager", release, "ACCEPT_RELEASE", Map.of("decision", "accept"));
		completeOffered("manager", release, "REVIEW_ROLLOUT_PLAN", Map.of("decision", "approve"));
		ChangeWindows.openNow(this.jdbc, release);
		completeOffered("releng", release, "START_ROLLOUT", Map.of("decision", "start"));
		Eventually.await(release + " backed out", () -> releng.get("/api/releases/" + release).json(),
				(view) -> "BACKED_OUT".equals(view.path("state").asText()));
		changeFlows().awaitState(signedIn("manager"), change, "IN_PIR");
		completeOffered("manager", change, "PIR", Map.of("outcome", "backed_out", "lessons", "Canary caught it"));
		changeFlows().awaitState(signedIn("manager"), change, "CLOSED");

		JsonNode evidence = signedIn("auditor").get("/api/changes/" + change + "/evidence").json();

		JsonNode rollout = evidence.path("releases").path(0);
		assertThat(rollout.path("key").asText()).isEqualTo(release);
		assertThat(rollout.path("state").asText()).isEqualTo("BACKED_OUT");
		JsonNode canary = rollout.path("waves").path(0);
		assertThat(canary.path("wave").asText()).isEqualTo("canary");
		assertThat(canary.path("failureReason").asText()).contains("verification failure", "error rate");
		assertThat(rollout.path("failures").findValuesAsText("action")).contains("VERIFY");
		assertThat(evidence.path("pir").path("outcome").asText()).isEqualTo("backed_out");
		assertThat(evidence.path("pir").path("reviewerName").asText()).isEqualTo("Morgan Manager");
		assertThat(evidence.path("pir").path("lessons").asText()).isEqualTo("Canary caught it");
		assertThat(evidence.path("path").findValuesAsText("elementId")).contains("ready_for_release",
				"post_implementation_review");
	}

	/**
	 * A normal change the manager accepted and all three CAB members approved; cab1's
	 * comment holds markup.
	 */
	private String approvedNormalChange(String title) {
		ApiSession requester = signedIn("requester");
		String key = changeFlows().submit(requester, Rfcs.valid(title));
		changeFlows().awaitState(requester, key, "IN_REVIEW");
		changeFlows().complete("manager", key, "REVIEW_RFC", Map.of("decision", "accept"));
		changeFlows().awaitState(requester, key, "AWAITING_CAB");
		changeFlows().complete("cab1", key, "CAB_VOTE", Map.of("decision", "approve", "comment", SCRIPT_COMMENT));
		changeFlows().complete("cab2", key, "CAB_VOTE", Map.of("decision", "approve"));
		// A vote the quorum made unneeded still goes on the record.
		changeFlows().complete("cab3", key, "CAB_VOTE", Map.of("decision", "approve", "comment", "commerce agrees"),
				false);
		changeFlows().awaitState(requester, key, "READY_FOR_RELEASE");
		return key;
	}

	/** A pre-approved standard change on a staging item, ready for release. */
	private String readyStandardChange() {
		Map<String, Object> rfc = Rfcs.window(Rfcs.valid("Restart checkout-api staging", List.of("CI-00009")), 70, 71);
		rfc.put("changeModelId", this.jdbc.queryForObject("select id::text from change_model where name = ?",
				String.class, "Restart app server"));
		String key = changeFlows().submit(signedIn("requester"), rfc);
		changeFlows().awaitState(signedIn("requester"), key, "READY_FOR_RELEASE");
		return key;
	}

	/**
	 * Completes the open task of the kind the user may take, as their inbox offers it.
	 */
	private void completeOffered(String user, String businessKey, String kind, Map<String, Object> decision) {
		ApiSession session = signedIn(user);
		JsonNode task = Eventually.await(kind + " of " + businessKey + " for " + user, () -> {
			for (String scope : List.of("MINE", "GROUPS")) {
				for (JsonNode candidate : session.get("/api/tasks?scope=" + scope).json()) {
					if (businessKey.equals(candidate.path("changeKey").asText())
							&& kind.equals(candidate.path("kind").asText())
							&& candidate.path("allowedToComplete").asBoolean()) {
						return candidate;
					}
				}
			}
			return null;
		}, (found) -> found != null);
		Response response = session.post("/api/tasks/" + task.path("id").asText() + "/complete", decision);
		assertThat(response.status()).as(user + " completes " + kind + ": " + response).isEqualTo(200);
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	/** Every file but the manifest is listed once, with its size and SHA-256. */
	private static void assertEveryFileMatches(JsonNode manifest, Map<String, byte[]> files) throws Exception {
		Map<String, JsonNode> listed = new LinkedHashMap<>();
		manifest.path("files").forEach((file) -> listed.put(file.path("name").asText(), file));
		assertThat(listed.keySet()).containsExactlyInAnyOrderElementsOf(
				files.keySet().stream().filter((name) -> !name.equals("manifest.json")).toList());
		for (Map.Entry<String, JsonNode> file : listed.entrySet()) {
			byte[] bytes = files.get(file.getKey());
			assertThat(file.getValue().path("bytes").asLong()).as(file.getKey()).isEqualTo(bytes.length);
			assertThat(file.getValue().path("sha256").asText()).as(file.getKey())
				.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
		}
	}

}
