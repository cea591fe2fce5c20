package io.changeflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.platform.ApiException;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.IntegrationTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ChangeIntegrationTests extends IntegrationTest {

	@Autowired
	private ChangeService changes;

	@Autowired
	private RecordingChangeProcess process;

	private ApiSession requester;

	@BeforeEach
	void signIn() {
		this.process.clear();
		this.requester = signedIn("requester");
	}

	@Test
	void aDraftIsEditedSubmittedAndWithdrawn() {
		Response created = this.requester.post("/api/changes", Rfcs.valid("Upgrade checkout-api to 2.9.0"));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.header("Location")).isEqualTo("/api/changes/CHG-000001");
		assertThat(created.json().path("state").asText()).isEqualTo("DRAFT");
		assertThat(created.json().path("requester").asText()).isEqualTo("requester");

		JsonNode draft = this.requester.get("/api/changes/CHG-000001").json();
		assertThat(draft.path("title").asText()).isEqualTo("Upgrade checkout-api to 2.9.0");
		assertThat(draft.path("affectedCis").toString()).isEqualTo("[\"CI-00003\"]");
		assertThat(OffsetDateTime.parse(draft.path("plannedStart").asText())).as("shown in the change's time zone")
			.isEqualTo(Rfcs.BASE.atZoneSameInstant(ZoneId.of("Europe/Berlin")).toOffsetDateTime());
		assertThat(draft.path("attachments").get(0).path("addedBy").asText()).isEqualTo("requester");
		assertThat(draft.path("revision").asInt()).isEqualTo(1);

		Map<String, Object> edited = Rfcs.valid("Upgrade checkout-api to 2.9.1");
		edited.put("affectedCis", List.of("CI-00003", "CI-00009"));
		Response put = put("requester", "/api/changes/CHG-000001", edited);
		assertThat(put.status()).as(put.toString()).isEqualTo(200);
		assertThat(put.json().path("title").asText()).isEqualTo("Upgrade checkout-api to 2.9.1");
		assertThat(put.json().path("attachments").get(0).path("addedAt").asText())
			.isEqualTo(draft.path("attachments").get(0).path("addedAt").asText());

		Response submitted = this.requester.post("/api/changes/CHG-000001/submit", Map.of());
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		assertThat(submitted.json().path("state").asText()).isEqualTo("SUBMITTED");
		assertThat(submitted.json().path("submittedAt").isTextual()).isTrue();
		assertThat(submitted.json().path("history").findValuesAsText("stepName")).containsExactly("Submitted");
		assertThat(this.process.starts).singleElement().satisfies((facts) -> {
			assertThat(facts.changeKey()).isEqualTo("CHG-000001");
			assertThat(facts.title()).isEqualTo("Upgrade checkout-api to 2.9.1");
			assertThat(facts.ciKeys()).containsExactly("CI-00003", "CI-00009");
		});
		assertThat(this.jdbc.queryForObject("select process_instance_key from change_request", Long.class)).isNotNull();

		Response withdrawn = this.requester.post("/api/changes/CHG-000001/withdraw",
				Map.of("reason", "Vendor pulled 2.9.1"));
		assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
		assertThat(withdrawn.json().path("state").asText()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.json().path("closeReason").asText()).isEqualTo("Vendor pulled 2.9.1");
		assertThat(withdrawn.json().path("history").findValuesAsText("stepName")).containsExactly("Submitted",
				"Withdrawn");
		assertThat(this.process.withdrawals).containsExactly("CHG-000001 by requester: Vendor pulled 2.9.1");
	}

	@Test
	void onlyTheRequesterEditsAndSubmits() {
		assertThat(signedIn("cab1").post("/api/changes", Rfcs.valid("Not mine to file")).status()).isEqualTo(403);
		createDraft("Upgrade checkout-api");

		Response edit = put("manager", "/api/changes/CHG-000001", Rfcs.valid("Hijacked"));
		Response submit = signedIn("manager").post("/api/changes/CHG-000001/submit", Map.of());

		assertThat(edit.status()).isEqualTo(403);
		assertThat(edit.json().path("detail").asText()).isEqualTo("Only the requester can edit CHG-000001");
		assertThat(submit.status()).isEqualTo(403);
		assertThat(this.requester.get("/api/changes/CHG-000001").json().path("title").asText())
			.isEqualTo("Upgrade checkout-api");
		assertThat(this.process.starts).isEmpty();
	}

	@Test
	void aChangeManagerMayWithdrawSomeoneElsesChangeButACabMemberMayNot() {
		createDraft("Upgrade checkout-api");
		submit("CHG-000001");

		assertThat(signedIn("cab1").post("/api/changes/CHG-000001/withdraw", Map.of("reason", "no")).status())
			.isEqualTo(403);
		Response withdrawn = signedIn("manager").post("/api/changes/CHG-000001/withdraw",
				Map.of("reason", "Duplicate of CHG-000002"));

		assertThat(withdrawn.json().path("state").asText()).isEqualTo("WITHDRAWN");
		assertThat(this.process.withdrawals).containsExactly("CHG-000001 by manager: Duplicate of CHG-000002");
	}

	@Test
	void aDraftIsWithdrawnWithoutAProcess() {
		createDraft("Never mind");

		Response withdrawn = this.requester.post("/api/changes/CHG-000001/withdraw", Map.of("reason", "Not needed"));

		assertThat(withdrawn.json().path("state").asText()).isEqualTo("WITHDRAWN");
		assertThat(this.process.withdrawals).isEmpty();
	}

	@Test
	void aSubmittedChangeOnlyChangesThroughItsProcess() {
		createDraft("Upgrade checkout-api");
		submit("CHG-000001");

		Response edit = put("requester", "/api/changes/CHG-000001", Rfcs.valid("Sneaky edit"));
		Response again = this.requester.post("/api/changes/CHG-000001/submit", Map.of());

		assertThat(edit.status()).isEqualTo(409);
		assertThat(edit.header("Content-Type")).startsWith("application/problem+json");
		assertThat(edit.json().path("detail").asText())
			.isEqualTo("Change CHG-000001 is SUBMITTED: it can only change through its process");
		assertThat(again.status()).isEqualTo(409);
		assertThat(this.process.starts).hasSize(1);
	}

	@Test
	void aRequestForInformationLetsTheRequesterEditAndResubmit() {
		createDraft("Upgrade checkout-api");
		submit("CHG-000001");

		this.changes.requestInformation("CHG-000001", "Which offers are affected?", "manager");
		this.changes.requestInformation("CHG-000001", "Which offers are affected?", "manager");
		Response edit = put("requester", "/api/changes/CHG-000001", Rfcs.valid("Upgrade checkout-api (3-for-2)"));
		Response resubmitted = this.requester.post("/api/changes/CHG-000001/submit", Map.of());

		assertThat(edit.status()).as(edit.toString()).isEqualTo(200);
		assertThat(resubmitted.json().path("state").asText()).isEqualTo("SUBMITTED");
		assertThat(resubmitted.json().path("revision").asInt()).isEqualTo(2);
		assertThat(resubmitted.json().path("history").findValuesAsText("stepName")).containsExactly("Submitted",
				"Information requested", "Resubmitted");
		assertThat(resubmitted.json().path("history").get(1).path("detail").asText())
			.isEqualTo("Which offers are affected?");
		assertThat(this.process.resubmits).singleElement()
			.satisfies((facts) -> assertThat(facts.title()).isEqualTo("Upgrade checkout-api (3-for-2)"));
		assertThat(this.process.starts).hasSize(1);
	}

	@Test
	void itIsTooLateToWithdrawOnceReadyForRelease() {
		createDraft("Upgrade checkout-api");
		submit("CHG-000001");
		this.changes.recordStep("CHG-000001", new StepRecord("schedule_change", "Scheduled",
				ChangeState.READY_FOR_RELEASE, null, "scheduled", null, null));

		Response withdraw = this.requester.post("/api/changes/CHG-000001/withdraw", Map.of("reason", "Too late"));

		assertThat(withdraw.status()).isEqualTo(409);
		assertThat(this.changes.get("CHG-000001").state()).isEqualTo(ChangeState.READY_FOR_RELEASE);
		assertThat(this.process.withdrawals).isEmpty();
	}

	@Test
	void theListFiltersByStatePriorityTextAndWindow() {
		createDraft("Upgrade checkout-api", 0, 2);
		createDraft("Rotate the shop certificate", 24, 25);
		createDraft("Vacuum orders-db", 48, 50);
		submit("CHG-000001");
		submit("CHG-000003");
		this.changes.classify("CHG-000003", ChangeClass.NORMAL, Risk.MEDIUM, "P2", "change_classification");

		assertThat(keys("/api/changes")).containsExactly("CHG-000003", "CHG-000002", "CHG-000001");
		assertThat(keys("/api/changes?state=SUBMITTED")).containsExactly("CHG-000003", "CHG-000001");
		assertThat(keys("/api/changes?state=DRAFT&state=WITHDRAWN")).containsExactly("CHG-000002");
		assertThat(keys("/api/changes?priority=P2")).containsExactly("CHG-000003");
		assertThat(keys("/api/changes?changeClass=NORMAL&state=SUBMITTED")).containsExactly("CHG-000003");
		assertThat(keys("/api/changes?q=CERTIFICATE")).containsExactly("CHG-000002");
		assertThat(keys("/api/changes?q=chg-000001")).containsExactly("CHG-000001");
		assertThat(keys("/api/changes?q=%25")).isEmpty();
		assertThat(keys("/api/changes?requester=manager")).isEmpty();
		assertThat(keys("/api/changes?from=" + at(1) + "&to=" + at(24))).as("touching windows do not overlap")
			.containsExactly("CHG-000001");
		assertThat(keys("/api/changes?from=" + at(1) + "&to=" + at(49))).containsExactly("CHG-000003", "CHG-000002",
				"CHG-000001");
		assertThat(keys("/api/changes?from=" + at(30))).containsExactly("CHG-000003");
		assertThat(keys("/api/changes?to=" + at(1))).containsExactly("CHG-000001");
		JsonNode row = this.requester.get("/api/changes?priority=P2").json().path("items").get(0);
		assertThat(row.path("risk").asText()).isEqualTo("MEDIUM");
		assertThat(row.path("changeClass").asText()).isEqualTo("NORMAL");
		assertThat(row.path("timeZone").asText()).isEqualTo("Europe/Berlin");
		assertThat(row.path("currentStepName").asText()).isEqualTo("Classified");
	}

	@Test
	void keysetPagesWalkEveryChangeOnceNewestFirst() {
		for (int i = 1; i <= 7; i++) {
			createDraft("Change number " + i);
		}
		ApiSession auditor = signedIn("auditor");
		List<String> keys = new ArrayList<>();
		String after = "";
		int pages = 0;
		do {
			JsonNode page = auditor.get("/api/changes?limit=3&after=" + after).json();
			page.path("items").forEach((item) -> keys.add(item.path("key").asText()));
			after = page.path("next").isTextual() ? page.path("next").asText() : null;
			pages++;
		}
		while (after != null);

		assertThat(keys).hasSize(7).doesNotHaveDuplicates().isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(keys.get(0)).isEqualTo("CHG-000007");
		assertThat(pages).isEqualTo(3);
		assertThat(auditor.get("/api/changes?limit=0").status()).isEqualTo(400);
		assertThat(auditor.get("/api/changes?limit=201").status()).isEqualTo(400);
	}

	@Test
	void aStepReportedTwiceIsRecordedOnce() {
		createDraft("Upgrade checkout-api");
		submit("CHG-000001");
		// Nanoseconds, which PostgreSQL does not keep: a repeat must still be recognised.
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1).plusNanos(123_456_789);
		StepRecord review = new StepRecord("review_rfc", "Change manager review", ChangeState.IN_REVIEW, null, null,
				null, at);

		this.changes.recordStep("CHG-000001", review);
		this.changes.recordStep("CHG-000001", review);
		this.changes.recordStep("CHG-000001",
				new StepRecord("review_rfc", "Change manager review", null, "manager", "approved", "Fine", at));

		ChangeView change = this.changes.get("CHG-000001");
		assertThat(change.history()).extracting(ChangeView.Step::stepName)
			.containsExactly("Submitted", "Change manager review", "Change manager review");
		assertThat(change.history().get(2).outcome()).isEqualTo("approved");
		assertThat(change.state()).isEqualTo(ChangeState.IN_REVIEW);
		assertThat(change.currentStep()).isEqualTo("review_rfc");
		assertThat(change.currentStepName()).isEqualTo("Change manager review");
		assertThatThrownBy(() -> this.changes.recordStep("CHG-000001",
				new StepRecord("x", "Back to draft", ChangeState.DRAFT, null, null, null, null)))
			.isInstanceOf(ApiException.class);
	}

	@Test
	void overlappingFindsScheduledChangesThatShareAConfigurationItem() {
		createDraft("Upgrade checkout-api", List.of("CI-00003", "CI-00004"), 0, 4);
		createDraft("Vacuum orders-db", List.of("CI-00004"), 2, 6);
		createDraft("Restart checkout-api", List.of("CI-00003"), 3, 5);
		createDraft("Patch edge-lb", List.of("CI-00007"), 0, 4);
		createDraft("Reindex orders-db later", List.of("CI-00004"), 4, 6);
		for (String key : List.of("CHG-000001", "CHG-000002", "CHG-000003", "CHG-000004", "CHG-000005")) {
			submit(key);
		}
		scheduling("CHG-000002", ChangeState.SCHEDULING);
		scheduling("CHG-000004", ChangeState.READY_FOR_RELEASE);
		scheduling("CHG-000005", ChangeState.SCHEDULE_CONFLICT);

		List<ChangeSummary> overlapping = this.changes.overlapping("CHG-000001", Rfcs.BASE, Rfcs.BASE.plusHours(4));

		// 3 is not scheduled yet, 4 touches another CI, 5 starts when the window ends.
		assertThat(overlapping).extracting(ChangeSummary::key).containsExactly("CHG-000002");
		assertThat(this.changes.overlapping("CHG-000001", Rfcs.BASE, Rfcs.BASE.plusHours(5)))
			.extracting(ChangeSummary::key)
			.containsExactly("CHG-000002", "CHG-000005");
	}

	@Test
	void openDuplicateOfFindsTheSameRfcFiledAgain() {
		createDraft("Upgrade checkout-api", List.of("CI-00003", "CI-00004"), 0, 2);
		createDraft("  upgrade   CHECKOUT-api ", List.of("CI-00004", "CI-00003"), 5, 6);
		createDraft("Upgrade checkout-api", List.of("CI-00003"), 0, 2);
		createDraft("Upgrade checkout-api", List.of("CI-00003", "CI-00004"), 0, 2);
		submit("CHG-000001");
		submit("CHG-000002");
		submit("CHG-000003");

		assertThat(this.changes.openDuplicateOf("CHG-000002")).contains("CHG-000001");
		assertThat(this.changes.openDuplicateOf("CHG-000003")).as("other CIs").isEmpty();
		assertThat(this.changes.openDuplicateOf("CHG-000004")).contains("CHG-000001");
		this.changes.finish("CHG-000001", ChangeState.REJECTED, "Incomplete", "manager");
		assertThat(this.changes.openDuplicateOf("CHG-000002")).as("a rejected one is no duplicate").isEmpty();
	}

	@Test
	void finishEndsAChangeOnce() {
		createDraft("Upgrade checkout-api");
		submit("CHG-000001");
		createDraft("Still a draft");

		this.changes.classify("CHG-000001", ChangeClass.STANDARD, Risk.LOW, "P4", "change_classification");
		this.changes.finish("CHG-000001", ChangeState.CLOSED, "Implemented and reviewed", "manager");
		this.changes.finish("CHG-000001", ChangeState.CLOSED, "Implemented and reviewed", "manager");

		ChangeView closed = this.changes.get("CHG-000001");
		assertThat(closed.state()).isEqualTo(ChangeState.CLOSED);
		assertThat(closed.closeReason()).isEqualTo("Implemented and reviewed");
		assertThat(closed.history()).extracting(ChangeView.Step::stepName)
			.containsExactly("Submitted", "Classified", "Closed");
		assertThatThrownBy(() -> this.changes.finish("CHG-000001", ChangeState.REJECTED, "No", "manager"))
			.isInstanceOf(ApiException.class)
			.hasMessage("Change CHG-000001 is CLOSED: it cannot become REJECTED");
		assertThatThrownBy(() -> this.changes.finish("CHG-000002", ChangeState.CLOSED, "No", "manager"))
			.isInstanceOf(ApiException.class);
		assertThatThrownBy(() -> this.changes.finish("CHG-000001", ChangeState.IN_PIR, "No", "manager"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.changes.get("CHG-000099")).isInstanceOf(ApiException.class)
			.hasMessage("No change 'CHG-000099'");
	}

	@Test
	void rescheduleMovesTheWindowAndFactsFollow() {
		createDraft("Upgrade checkout-api");
		submit("CHG-000001");

		this.changes.reschedule("CHG-000001", Rfcs.BASE.plusDays(1), Rfcs.BASE.plusDays(1).plusHours(3), "manager");
		this.changes.reschedule("CHG-000001", Rfcs.BASE.plusDays(1), Rfcs.BASE.plusDays(1).plusHours(3), "manager");

		ChangeFacts facts = this.changes.facts("CHG-000001");
		assertThat(facts.plannedStart()).isEqualTo(Rfcs.BASE.plusDays(1));
		assertThat(facts.plannedEnd()).isEqualTo(Rfcs.BASE.plusDays(1).plusHours(3));
		assertThat(this.changes.get("CHG-000001").history()).extracting(ChangeView.Step::stepName)
			.containsExactly("Submitted", "Rescheduled");
		assertThatThrownBy(
				() -> this.changes.reschedule("CHG-000001", Rfcs.BASE.plusDays(2), Rfcs.BASE.plusDays(1), "manager"))
			.isInstanceOf(ApiException.class)
			.satisfies((ex) -> assertThat(((ApiException) ex).field()).isEqualTo("plannedEnd"));
	}

	@Test
	void anUnknownChangeIs404AndTheApiNeedsASession() {
		assertThat(this.requester.get("/api/changes/CHG-000099").status()).isEqualTo(404);
		assertThat(anonymous().get("/api/changes").status()).isEqualTo(401);
	}

	private void createDraft(String title) {
		createDraft(title, List.of("CI-00003"), 0, 2);
	}

	private void createDraft(String title, int startHours, int endHours) {
		createDraft(title, List.of("CI-00003"), startHours, endHours);
	}

	private void createDraft(String title, List<String> cis, int startHours, int endHours) {
		Response created = this.requester.post("/api/changes",
				Rfcs.window(Rfcs.valid(title, cis), startHours, endHours));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
	}

	private void submit(String key) {
		Response submitted = this.requester.post("/api/changes/" + key + "/submit", Map.of());
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
	}

	private void scheduling(String key, ChangeState state) {
		this.changes.recordStep(key, new StepRecord("schedule_change", "Schedule", state, null, null, null, null));
	}

	private List<String> keys(String path) {
		Response response = this.requester.get(path);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().path("items").findValuesAsText("key");
	}

	private Response put(String username, String path, Object body) {
		return new PutSession(this.port, username).put(path, body);
	}

	private static String at(int hours) {
		return Rfcs.BASE.plusHours(hours).toInstant().toString();
	}

}
