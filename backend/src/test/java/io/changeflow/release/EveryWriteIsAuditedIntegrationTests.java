package io.changeflow.release;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ChangeWindows;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.AuditRows;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.InboxDriver;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every state-changing endpoint, called once as a person would, leaves exactly one audit
 * row naming that person (rows the process adds afterwards are by system actors), and the
 * chain still verifies. A new endpoint must be walked here or named where it is walked,
 * or this test fails.
 */
class EveryWriteIsAuditedIntegrationTests extends ReleaseTestSupport {

	/**
	 * Walked in the tests that can set them up: they need an incident, a link or a
	 * pipeline.
	 */
	private static final Set<String> WALKED_ELSEWHERE = Set.of(
			// IncidentIntegrationTests
			"POST /api/incidents/{id}/retry", "POST /api/incidents/{id}/cancel",
			// EmailApprovalIntegrationTests
			"POST /api/email-approvals/{token}",
			// WebhookExecutionIntegrationTests
			"POST /api/executions/{id}/result",
			// CmdbGraphIntegrationTests
			"POST /api/cis", "PUT /api/cis/{key}", "POST /api/cis/{key}/relations",
			"DELETE /api/cis/{key}/relations/{type}/{target}", "POST /api/cis/import",
			// ScheduleIntegrationTests (window admin) and CalendarIntegrationTests (feed
			// token)
			"PUT /api/blackout-windows/{id}", "POST /api/maintenance-windows", "PUT /api/maintenance-windows/{id}",
			"DELETE /api/maintenance-windows/{id}", "POST /api/calendar/feed-token",
			// RolloutGatingIntegrationTests
			"POST /api/releases/{key}/rollout-override",
			// discovery/ObservationIntegrationTests (by system:discovery) and
			// discovery/UnauthorizedChangeIntegrationTests
			"POST /api/cmdb/observations", "POST /api/unauthorized-changes/{id}/link",
			"POST /api/unauthorized-changes/{id}/accept", "POST /api/unauthorized-changes/{id}/roll-back");

	/** A person's own read marks change no record an auditor asks about. */
	private static final Set<String> NOT_AUDITED = Set.of("POST /api/notifications/{id}/read",
			"POST /api/notifications/read-all", "POST /api/auth/logout");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private final Set<String> walked = new HashSet<>();

	@Test
	void everyStateChangingCallLeavesOneRowByItsCaller() {
		AuditRows audit = new AuditRows(this.jdbc);
		ApiSession requester = signedIn("requester");
		ApiSession manager = signedIn("manager");
		ApiSession releng = signedIn("releng");
		ApiSession admin = signedIn("admin");

		// Signing in, and failing to.
		audit.awaitChained();
		long beforeLogin = audit.head();
		signedIn("auditor");
		assertThat(anonymous().tryLogin("auditor", "wrong-password").status()).isEqualTo(401);
		audit.awaitChained();
		assertThat(this.jdbc.queryForList("select action || ' ' || actor || ' ' || subject_key from audit_event"
				+ " where seq > ? and subject_type = 'USER' order by seq", String.class, beforeLogin))
			.containsExactly("LoginSucceeded auditor auditor", "LoginFailed system:login auditor");
		this.walked.add("POST /api/auth/login");

		// A requester drafts, edits, submits and withdraws.
		Map<String, Object> rfc = rfc("Audit walk: upgrade checkout-api", List.of("CI-00003"), 10);
		String key = call(audit, "requester", "ChangeDrafted", "POST /api/changes",
				() -> requester.post("/api/changes", rfc))
			.json()
			.path("key")
			.asText();
		rfc.put("title", "Audit walk: upgrade checkout-api to 2.9.0");
		call(audit, "requester", "ChangeEdited", "PUT /api/changes/{key}",
				() -> requester.put("/api/changes/" + key, rfc));
		call(audit, "requester", "ChangeSubmitted", "POST /api/changes/{key}/submit",
				() -> requester.post("/api/changes/" + key + "/submit", Map.of()));
		String draft = requester.post("/api/changes", rfc("Audit walk: a draft to withdraw", List.of(), 20))
			.json()
			.path("key")
			.asText();
		call(audit, "requester", "ChangeWithdrawn", "POST /api/changes/{key}/withdraw",
				() -> requester.post("/api/changes/" + draft + "/withdraw", Map.of("reason", "Not needed after all")));

		// The change manager takes the review, gives it back, hands it on; the other
		// manager completes it.
		new InboxDriver(this.jdbc).createUser("manager2", List.of("CHANGE_MANAGER"), List.of());
		String review = Eventually.await("the review of " + key, () -> this.jdbc.queryForList(
				"select id::text from human_task where business_key = ? and kind = 'REVIEW_RFC' and state = 'OPEN'",
				String.class, key), (open) -> !open.isEmpty())
			.get(0);
		call(audit, "manager", "TaskClaimed", "POST /api/tasks/{id}/claim",
				() -> manager.post("/api/tasks/" + review + "/claim", Map.of()));
		call(audit, "manager", "TaskUnclaimed", "POST /api/tasks/{id}/unclaim",
				() -> manager.post("/api/tasks/" + review + "/unclaim", Map.of()));
		call(audit, "manager", "TaskDelegated", "POST /api/tasks/{id}/delegate",
				() -> manager.post("/api/tasks/" + review + "/delegate", Map.of("to", "manager2")));
		ApiSession manager2 = signedIn("manager2");
		call(audit, "manager2", "TaskCompleted", "POST /api/tasks/{id}/complete",
				() -> manager2.post("/api/tasks/" + review + "/complete", Map.of("decision", "accept")));
		awaitChange(key, "AWAITING_CAB");
		String vote = Eventually.await("cab1's vote on " + key,
				() -> this.jdbc
					.queryForList("select id::text from human_task where business_key = ? and kind = 'CAB_VOTE'"
							+ " and state = 'OPEN' and assignee = 'cab1'", String.class, key),
				(open) -> !open.isEmpty())
			.get(0);
		ApiSession cab1 = signedIn("cab1");
		audit.expectOne("cab1", "VoteCast", () -> cab1.post("/api/tasks/" + vote + "/complete",
				Map.of("decision", "approve", "comment", "Tested in staging")));

		// A release engineer bundles a ready change into a release and builds it.
		String ready = readyStandardChange("Audit walk: restart checkout-api staging", "CI-00009", 0);
		String release = call(audit, "releng", "ReleaseDrafted", "POST /api/releases",
				() -> releng.post("/api/releases", release("Audit walk", List.of())))
			.json()
			.path("key")
			.asText();
		Map<String, Object> edited = release("Audit walk, renamed", List.of());
		call(audit, "releng", "ReleaseEdited", "PUT /api/releases/{key}",
				() -> releng.put("/api/releases/" + release, edited));
		call(audit, "releng", "ChangeBundled", "POST /api/releases/{key}/changes",
				() -> releng.post("/api/releases/" + release + "/changes", Map.of("changeKey", ready)));
		call(audit, "releng", "ChangeUnbundled", "DELETE /api/releases/{key}/changes/{changeKey}",
				() -> releng.delete("/api/releases/" + release + "/changes/" + ready));
		releng.post("/api/releases/" + release + "/changes", Map.of("changeKey", ready));
		JsonNode waves = releng.get("/api/releases/" + release).json().path("waves");
		call(audit, "releng", "WavesPlanned", "PUT /api/releases/{key}/waves",
				() -> releng.put("/api/releases/" + release + "/waves", waves));
		call(audit, "releng", "ReleaseNotesRegenerated", "POST /api/releases/{key}/release-notes/generate",
				() -> releng.post("/api/releases/" + release + "/release-notes/generate", Map.of()));
		call(audit, "releng", "ArtifactRegistered", "POST /api/releases/{key}/artifacts", () -> releng
			.post("/api/releases/" + release + "/artifacts", artifact("checkout-api", "4.2.0", "ab".repeat(32))));
		call(audit, "releng", "ReleaseBuildRequested", "POST /api/releases/{key}/build",
				() -> releng.post("/api/releases/" + release + "/build", Map.of()));
		complete("releng2", release, "ACCEPT_RELEASE", Map.of("decision", "accept"));
		complete("manager", release, "ACCEPT_RELEASE", Map.of("decision", "accept"));
		complete("manager", release, "REVIEW_ROLLOUT_PLAN", Map.of("decision", "approve"));
		ChangeWindows.openNow(this.jdbc, release);
		complete("releng", release, "START_ROLLOUT", Map.of("decision", "start"));
		Eventually.await("the go / no-go after the canary", () -> releng.get("/api/releases/" + release).json(),
				(view) -> view.path("openTasks").findValuesAsText("kind").contains("GO_NO_GO"));
		call(audit, "releng", "BackOutRequested", "POST /api/releases/{key}/back-out",
				() -> releng.post("/api/releases/" + release + "/back-out", Map.of("reason", "error rate up")));
		awaitRelease(release, "BACKED_OUT");

		// Hardware, blackout windows and change models.
		String hardware = call(audit, "releng", "HardwareAdded", "POST /api/hardware",
				() -> releng.post("/api/hardware", hardware("SN-AUDIT-1")))
			.json()
			.path("id")
			.asText();
		Map<String, Object> moved = hardware("SN-AUDIT-1");
		moved.put("location", "DC2 rack 3");
		call(audit, "releng", "HardwareEdited", "PUT /api/hardware/{id}",
				() -> releng.put("/api/hardware/" + hardware, moved));
		call(audit, "releng", "HardwareRemoved", "DELETE /api/hardware/{id}",
				() -> releng.delete("/api/hardware/" + hardware));
		String window = call(audit, "admin", "BlackoutWindowCreated", "POST /api/blackout-windows",
				() -> admin.post("/api/blackout-windows", Map.of("name", "Year-end freeze", "startsAt",
						"2030-12-20T00:00:00Z", "endsAt", "2031-01-02T00:00:00Z")))
			.json()
			.path("id")
			.asText();
		call(audit, "admin", "BlackoutWindowDeleted", "DELETE /api/blackout-windows/{id}",
				() -> admin.delete("/api/blackout-windows/" + window));
		String model = call(audit, "admin", "ChangeModelCreated", "POST /api/change-models",
				() -> admin.post("/api/change-models", changeModel("Purge CDN cache")))
			.json()
			.path("id")
			.asText();
		call(audit, "admin", "ChangeModelEdited", "PUT /api/change-models/{id}",
				() -> admin.put("/api/change-models/" + model, changeModel("Purge the CDN cache")));
		call(audit, "admin", "ChangeModelDeactivated", "POST /api/change-models/{id}/deactivate",
				() -> admin.post("/api/change-models/" + model + "/deactivate", Map.of()));

		// The admin repairs and checkpoints.
		call(audit, "admin", "ConsistencyRepaired", "POST /api/admin/consistency/repair",
				() -> admin.post("/api/admin/consistency/repair", Map.of()));
		call(audit, "admin", "AuditCheckpointTaken", "POST /api/audit/checkpoints",
				() -> admin.post("/api/audit/checkpoints", Map.of()));

		audit.awaitChained();
		assertThat(stateChangingEndpoints()).as("state-changing endpoints nobody walked")
			.isSubsetOf(union(this.walked, WALKED_ELSEWHERE, NOT_AUDITED, Set.of("POST /api/tasks/{id}/complete")));
		JsonNode verification = signedIn("auditor").get("/api/audit/verify?full=true").json();
		assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
		// The process's own rows: system actors, on the same subjects.
		assertThat(this.jdbc.queryForList(
				"select distinct action from audit_event where subject_key = ?" + " and actor_kind = 'SYSTEM'",
				String.class, key))
			.contains("ChangeClassified", "ReviewStarted", "CabReviewStarted");
		assertThat(this.jdbc.queryForList(
				"select distinct action from audit_event where subject_key = ?" + " and actor_kind = 'SYSTEM'",
				String.class, release))
			.contains("ReleaseBuilt", "RolloutStarted", "WaveDeployed", "ReleaseBackedOut");
		JsonNode classified = signedIn("auditor").get("/api/audit/events?subject=" + key + "&action=ChangeClassified")
			.json()
			.path("items")
			.get(0);
		assertThat(classified.path("after").path("inputs").has("impact")).isTrue();
		assertThat(classified.path("after").path("decisions").path("change_classification").asText()).hasSize(16);
		assertThat(classified.path("cis")).extracting(JsonNode::asText).containsExactly("CI-00003");
	}

	private ApiSession.Response call(AuditRows audit, String actor, String action, String endpoint,
			java.util.function.Supplier<ApiSession.Response> request) {
		this.walked.add(endpoint);
		return audit.expectOne(actor, action, request);
	}

	private Set<String> stateChangingEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
				if (verb == RequestMethod.GET || verb == RequestMethod.HEAD || verb == RequestMethod.OPTIONS) {
					continue;
				}
				info.getPathPatternsCondition()
					.getPatternValues()
					.stream()
					.filter((path) -> path.startsWith("/api/"))
					.forEach((path) -> endpoints.add(verb + " " + path));
			}
		});
		return endpoints;
	}

	@SafeVarargs
	private static Set<String> union(Set<String>... sets) {
		Set<String> all = new HashSet<>();
		for (Set<String> set : sets) {
			all.addAll(set);
		}
		return all;
	}

	private static Map<String, Object> hardware(String serial) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("name", "Rack server " + serial);
		item.put("model", "Dell PowerEdge R660");
		item.put("serialNumber", serial);
		item.put("location", "DC1 rack 12");
		item.put("status", "IN_STOCK");
		item.put("notes", "");
		return item;
	}

	private static Map<String, Object> changeModel(String name) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", name);
		model.put("description", "When the CDN serves stale assets after a release.");
		model.put("category", "APPLICATION");
		model.put("implementationPlan", "Purge all paths of the shop.");
		model.put("testPlan", "The new asset hashes are served.");
		model.put("backoutPlan", "None needed: the origin serves the same content.");
		model.put("allowedCiTypes", List.of("APPLICATION"));
		return model;
	}

}
