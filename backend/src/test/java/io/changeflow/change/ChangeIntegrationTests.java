package io.changeflow.change;

import io.changeflow.timeline.TimelineStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.api.command.ClientException;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.MessageIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.MessageRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.changeflow.platform.ApiException;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.IntegrationTest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The change module over REST and through its service, with the real
 * {@code change_request} process in the embedded engine: a submitted change moves on by
 * itself, so tests that need a change in some state let the process settle in the
 * {@code review_rfc} user task first, where it waits for a person.
 */
class ChangeIntegrationTests extends IntegrationTest {

	@Autowired
	private ChangeQueries changes;

	@Autowired
	private ChangeProcessRecords records;

	@Autowired
	private ZeebeTestEngine engine;

	private ApiSession requester;

	/** Position of the last engine record before the test: what it did comes after. */
	private long mark;

	@BeforeEach
	void signIn() {
		endRunningChangeProcesses();
		this.mark = lastPosition();
		this.requester = signedIn("requester");
	}

	@AfterEach
	void endProcesses() {
		endRunningChangeProcesses();
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
		Response put = this.requester.put("/api/changes/CHG-000001", edited);
		assertThat(put.status()).as(put.toString()).isEqualTo(200);
		assertThat(put.json().path("title").asText()).isEqualTo("Upgrade checkout-api to 2.9.1");
		assertThat(put.json().path("attachments").get(0).path("addedAt").asText())
			.isEqualTo(draft.path("attachments").get(0).path("addedAt").asText());

		Response submitted = this.requester.post("/api/changes/CHG-000001/submit", Map.of());
		assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
		assertThat(submitted.json().path("state").asText()).isEqualTo("SUBMITTED");
		assertThat(submitted.json().path("submittedAt").isTextual()).isTrue();
		assertThat(submitted.json().path("history").findValuesAsText("stepName")).containsExactly("Submitted");
		// The engine hears of the submit after its commit.
		Long instance = Eventually.await("the process of CHG-000001",
				() -> this.jdbc.queryForObject("select process_instance_key from change_request", Long.class),
				(key) -> key != null);
		assertThat(startedInstances()).containsExactly(instance);
		awaitReview("CHG-000001");
		instance(instance).hasVariableWithValue("changeKey", "CHG-000001")
			.hasVariableWithValue("title", "Upgrade checkout-api to 2.9.1");
		assertThat(this.records.facts("CHG-000001").ciKeys()).as("what the filter reads")
			.containsExactly("CI-00003", "CI-00009");

		Response withdrawn = this.requester.post("/api/changes/CHG-000001/withdraw",
				Map.of("reason", "Vendor pulled 2.9.1"));
		assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
		assertThat(withdrawn.json().path("state").asText()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.json().path("closeReason").asText()).isEqualTo("Vendor pulled 2.9.1");
		assertThat(withdrawn.json().path("history").findValuesAsText("stepName")).startsWith("Submitted")
			.endsWith("Withdrawn");
		assertThat(Eventually.await("the withdrawal", this::publishedWithdrawals, (published) -> !published.isEmpty()))
			.containsExactly("CHG-000001 by requester: Vendor pulled 2.9.1");

		awaitEnded(instance).hasPassedElement("change_withdrawn");
		ChangeView after = this.changes.get("CHG-000001");
		assertThat(after.state()).isEqualTo(ChangeState.WITHDRAWN);
		assertThat(after.history()).extracting(ChangeView.Step::stepName)
			.as("the process ending does not withdraw it twice")
			.containsOnlyOnce("Withdrawn")
			.endsWith("Withdrawn");
		assertThat(openTasks("CHG-000001")).as("the review is no longer asked for").isEmpty();
	}

	@Test
	void onlyTheRequesterEditsAndSubmits() {
		assertThat(signedIn("cab1").post("/api/changes", Rfcs.valid("Not mine to file")).status()).isEqualTo(403);
		createDraft("Upgrade checkout-api");

		Response edit = signedIn("manager").put("/api/changes/CHG-000001", Rfcs.valid("Hijacked"));
		Response submit = signedIn("manager").post("/api/changes/CHG-000001/submit", Map.of());

		assertThat(edit.status()).isEqualTo(403);
		assertThat(edit.json().path("detail").asText()).isEqualTo("Only the requester can edit CHG-000001");
		assertThat(submit.status()).isEqualTo(403);
		JsonNode change = this.requester.get("/api/changes/CHG-000001").json();
		assertThat(change.path("title").asText()).isEqualTo("Upgrade checkout-api");
		assertThat(change.path("state").asText()).isEqualTo("DRAFT");
		assertThat(startedInstances()).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from change_request where process_instance_key is not null", Integer.class))
			.isZero();
	}

	@Test
	void aChangeManagerMayWithdrawSomeoneElsesChangeButACabMemberMayNot() {
		createDraft("Upgrade checkout-api");
		submit("CHG-000001");
		awaitReview("CHG-000001");

		assertThat(signedIn("cab1").post("/api/changes/CHG-000001/withdraw", Map.of("reason", "no")).status())
			.isEqualTo(403);
		Response withdrawn = signedIn("manager").post("/api/changes/CHG-000001/withdraw",
				Map.of("reason", "Duplicate of CHG-000002"));

		assertThat(withdrawn.json().path("state").asText()).isEqualTo("WITHDRAWN");
		assertThat(Eventually.await("the withdrawal", this::publishedWithdrawals, (published) -> !published.isEmpty()))
			.containsExactly("CHG-000001 by manager: Duplicate of CHG-000002");
		awaitEnded(instanceKey("CHG-000001")).hasPassedElement("change_withdrawn")
			.hasVariableWithValue("withdrawnBy", "manager");
		assertThat(this.changes.get("CHG-000001").closeReason()).isEqualTo("Duplicate of CHG-000002");
	}

	@Test
	void aDraftIsWithdrawnWithoutAProcess() {
		createDraft("Never mind");

		Response withdrawn = this.requester.post("/api/changes/CHG-000001/withdraw", Map.of("reason", "Not needed"));

		assertThat(withdrawn.json().path("state").asText()).isEqualTo("WITHDRAWN");
		assertThat(publishedWithdrawals()).isEmpty();
		assertThat(startedInstances()).isEmpty();
	}

	@Test
	void aSubmittedChangeOnlyChangesThroughItsProcess() {
		createDraft("Upgrade checkout-api");
		submit("CHG-000001");

		Response edit = this.requester.put("/api/changes/CHG-000001", Rfcs.valid("Sneaky edit"));
		Response again = this.requester.post("/api/changes/CHG-000001/submit", Map.of());

		assertThat(edit.status()).isEqualTo(409);
		assertThat(edit.header("Content-Type")).startsWith("application/problem+json");
		assertThat(edit.json().path("detail").asText()).as("wherever the process has got to by now")
			.matches("Change CHG-000001 is (SUBMITTED|IN_REVIEW): it can only change through its process");
		assertThat(again.status()).isEqualTo(409);
		awaitReview("CHG-000001");
		Response later = this.requester.put("/api/changes/CHG-000001", Rfcs.valid("Sneaky edit"));
		assertThat(later.json().path("detail").asText())
			.isEqualTo("Change CHG-000001 is IN_REVIEW: it can only change through its process");
		assertThat(this.changes.get("CHG-000001").title()).isEqualTo("Upgrade checkout-api");
		assertThat(startedInstances()).hasSize(1);
	}

	@Test
	void aRequestForInformationLetsTheRequesterEditAndResubmit() {
		createDraft("Upgrade checkout-api");
		submit("CHG-000001");
		awaitReview("CHG-000001");

		completeTask("manager", "CHG-000001", "REVIEW_RFC",
				Map.of("decision", "request_information", "comment", "Which offers are affected?"));
		awaitState("CHG-000001", ChangeState.INFO_REQUESTED);
		Eventually.await("the question in the requester's inbox", () -> openTasks("CHG-000001"),
				(open) -> open.contains("PROVIDE_INFORMATION"));
		List<ChangeView.Step> asked = this.changes.get("CHG-000001").history();
		this.records.requestInformation("CHG-000001", "Which offers are affected?", "process");
		assertThat(this.changes.get("CHG-000001").history()).as("the same question again changes nothing")
			.hasSameSizeAs(asked);
		Response edit = this.requester.put("/api/changes/CHG-000001", Rfcs.valid("Upgrade checkout-api (3-for-2)"));
		Response resubmitted = this.requester.post("/api/changes/CHG-000001/submit", Map.of());

		assertThat(edit.status()).as(edit.toString()).isEqualTo(200);
		assertThat(resubmitted.status()).as(resubmitted.toString()).isEqualTo(200);
		assertThat(resubmitted.json().path("state").asText()).isEqualTo("SUBMITTED");
		assertThat(resubmitted.json().path("revision").asInt()).isEqualTo(2);
		assertThat(resubmitted.json().path("history").findValuesAsText("stepName"))
			.containsSubsequence("Submitted", "Information requested", "Resubmitted")
			.endsWith("Resubmitted");
		assertThat(resubmitted.json().path("history").findParents("stepName"))
			.filteredOn((step) -> step.path("stepName").asText().equals("Information requested"))
			.singleElement()
			.satisfies((step) -> assertThat(step.path("detail").asText()).isEqualTo("Which offers are affected?"));

		awaitReview("CHG-000001");
		assertThat(startedInstances()).as("the answer goes to the running process").hasSize(1);
		instance(instanceKey("CHG-000001")).hasVariableWithValue("title", "Upgrade checkout-api (3-for-2)")
			.hasPassedElement("provide_information")
			.isWaitingAtElements("review_rfc");
	}

	@Test
	void itIsTooLateToWithdrawOnceReadyForRelease() {
		Map<String, Object> rfc = Rfcs.valid("Restart the staging checkout-api", List.of("CI-00009"));
		rfc.put("changeModelId", modelId("Restart app server"));
		assertThat(this.requester.post("/api/changes", rfc).status()).isEqualTo(201);
		submit("CHG-000001");
		// A standard change on a low-criticality CI, well ahead: pre-approved.
		awaitState("CHG-000001", ChangeState.READY_FOR_RELEASE);
		Eventually.await("the release task in the inbox", () -> openTasks("CHG-000001"),
				(open) -> open.contains("READY_FOR_RELEASE"));

		Response withdraw = this.requester.post("/api/changes/CHG-000001/withdraw", Map.of("reason", "Too late"));

		assertThat(withdraw.status()).isEqualTo(409);
		assertThat(this.changes.get("CHG-000001").state()).isEqualTo(ChangeState.READY_FOR_RELEASE);
		assertThat(publishedWithdrawals()).isEmpty();
		instance(instanceKey("CHG-000001")).isWaitingAtElements("ready_for_release");
	}

	@Test
	void anEditAfterApprovalIsANewRevisionThatIsApprovedAgain() {
		Map<String, Object> rfc = Rfcs.valid("Restart the staging checkout-api", List.of("CI-00009"));
		rfc.put("changeModelId", modelId("Restart app server"));
		assertThat(this.requester.post("/api/changes", rfc).status()).isEqualTo(201);
		submit("CHG-000001");
		awaitState("CHG-000001", ChangeState.READY_FOR_RELEASE);
		Eventually.await("the release task in the inbox", () -> openTasks("CHG-000001"),
				(open) -> open.contains("READY_FOR_RELEASE"));
		long approvedInstance = instanceKey("CHG-000001");

		rfc.put("description", "Restart both staging nodes, one after the other.");
		Response edited = this.requester.put("/api/changes/CHG-000001", rfc);

		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
		assertThat(edited.json().path("revision").asInt()).isEqualTo(2);
		assertThat(edited.json().path("state").asText()).isEqualTo("SUBMITTED");
		awaitState("CHG-000001", ChangeState.READY_FOR_RELEASE);
		assertThat(instanceKey("CHG-000001")).isNotEqualTo(approvedInstance);
		assertThat(this.changes.get("CHG-000001").history()).anySatisfy(
				(step) -> assertThat(step.stepName()).isEqualTo("Revised after approval: needs approval again"));
		Eventually.await("one release task, of the new revision", () -> openTasks("CHG-000001"),
				(open) -> open.equals(List.of("READY_FOR_RELEASE")));
	}

	@Test
	void theListFiltersByStatePriorityTextAndWindow() {
		createDraft("Upgrade checkout-api", 0, 2);
		createDraft("Rotate the shop certificate", 24, 25);
		Map<String, Object> emergency = Rfcs.window(Rfcs.valid("Vacuum orders-db", List.of("CI-00003")), 48, 50);
		emergency.put("emergency", true);
		emergency.put("impact", 1);
		assertThat(this.requester.post("/api/changes", emergency).status()).isEqualTo(201);
		submit("CHG-000001");
		submit("CHG-000003");
		awaitReview("CHG-000001");
		awaitReview("CHG-000003");

		assertThat(keys("/api/changes")).as("newest submitted first; a draft counts from when it was drafted")
			.containsExactly("CHG-000003", "CHG-000001", "CHG-000002");
		assertThat(keys("/api/changes?state=IN_REVIEW")).containsExactly("CHG-000003", "CHG-000001");
		assertThat(keys("/api/changes?state=DRAFT&state=WITHDRAWN")).containsExactly("CHG-000002");
		assertThat(keys("/api/changes?priority=P2")).containsExactly("CHG-000003");
		assertThat(keys("/api/changes?priority=P3")).containsExactly("CHG-000001");
		assertThat(keys("/api/changes?changeClass=EMERGENCY&state=IN_REVIEW")).containsExactly("CHG-000003");
		assertThat(keys("/api/changes?changeClass=NORMAL")).containsExactly("CHG-000001");
		assertThat(keys("/api/changes?q=CERTIFICATE")).containsExactly("CHG-000002");
		assertThat(keys("/api/changes?q=chg-000001")).containsExactly("CHG-000001");
		assertThat(keys("/api/changes?q=%25")).isEmpty();
		assertThat(keys("/api/changes?requester=manager")).isEmpty();
		assertThat(keys("/api/changes?from=" + at(1) + "&to=" + at(24))).as("touching windows do not overlap")
			.containsExactly("CHG-000001");
		assertThat(keys("/api/changes?from=" + at(1) + "&to=" + at(49)))
			.as("newest submitted first; the draft counts from when it was drafted, before both submissions")
			.containsExactly("CHG-000003", "CHG-000001", "CHG-000002");
		assertThat(keys("/api/changes?from=" + at(30))).containsExactly("CHG-000003");
		assertThat(keys("/api/changes?to=" + at(1))).containsExactly("CHG-000001");
		JsonNode row = this.requester.get("/api/changes?priority=P2").json().path("items").get(0);
		assertThat(row.path("risk").asText()).isEqualTo("HIGH");
		assertThat(row.path("changeClass").asText()).isEqualTo("EMERGENCY");
		assertThat(row.path("timeZone").asText()).isEqualTo("Europe/Berlin");
		assertThat(row.path("currentStepName").asText()).isEqualTo("Review RFC");
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
		awaitReview("CHG-000001");
		int before = this.changes.get("CHG-000001").history().size();
		// Nanoseconds, which PostgreSQL does not keep: a repeat must still be recognised.
		Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1).plusNanos(123_456_789);
		TimelineStep<ChangeState> review = new TimelineStep<>("review_rfc", "Change manager review",
				ChangeState.IN_REVIEW, null, null, null, at);

		this.records.recordStep("CHG-000001", review);
		this.records.recordStep("CHG-000001", review);
		this.records.recordStep("CHG-000001",
				new TimelineStep<>("review_rfc", "Change manager review", null, "manager", "approved", "Fine", at));

		ChangeView change = this.changes.get("CHG-000001");
		assertThat(change.history()).hasSize(before + 2)
			.extracting(ChangeView.Step::stepName)
			.startsWith("Submitted")
			.endsWith("Change manager review", "Change manager review");
		assertThat(change.history().get(before + 1).outcome()).isEqualTo("approved");
		assertThat(change.state()).isEqualTo(ChangeState.IN_REVIEW);
		assertThat(change.currentStep()).isEqualTo("review_rfc");
		assertThat(change.currentStepName()).isEqualTo("Change manager review");
		assertThatThrownBy(() -> this.records.recordStep("CHG-000001",
				new TimelineStep<>("x", "Back to draft", ChangeState.DRAFT, null, null, null, null)))
			.isInstanceOf(ApiException.class);
	}

	@Test
	void overlappingFindsScheduledChangesThatShareAConfigurationItem() {
		createDraft("Upgrade checkout-api", List.of("CI-00003", "CI-00004"), 0, 4);
		createDraft("Vacuum orders-db", List.of("CI-00004"), 2, 6);
		createDraft("Restart checkout-api", List.of("CI-00003"), 3, 5);
		createDraft("Patch edge-lb", List.of("CI-00007"), 0, 4);
		createDraft("Reindex orders-db later", List.of("CI-00004"), 4, 6);
		List<String> all = List.of("CHG-000001", "CHG-000002", "CHG-000003", "CHG-000004", "CHG-000005");
		all.forEach(this::submit);
		// Each waits for its review now; then the scheduling states are put on them.
		all.forEach(this::awaitReview);
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
		awaitReview("CHG-000001");
		submit("CHG-000002");
		submit("CHG-000003");

		assertThat(this.changes.openDuplicateOf("CHG-000002")).contains("CHG-000001");
		assertThat(this.changes.openDuplicateOf("CHG-000003")).as("other CIs").isEmpty();
		assertThat(this.changes.openDuplicateOf("CHG-000004")).contains("CHG-000001");
		ChangeView duplicate = awaitState("CHG-000002", ChangeState.REJECTED);
		assertThat(duplicate.closeReason()).as("the filter uses it")
			.isEqualTo("Duplicate of CHG-000001, which is still open");
		awaitReview("CHG-000003");

		completeTask("manager", "CHG-000001", "REVIEW_RFC", Map.of("decision", "reject", "comment", "Incomplete"));
		awaitState("CHG-000001", ChangeState.REJECTED);
		assertThat(this.changes.openDuplicateOf("CHG-000002")).as("a rejected one is no duplicate").isEmpty();
		assertThat(this.changes.openDuplicateOf("CHG-000004")).isEmpty();
	}

	@Test
	void finishEndsAChangeOnce() {
		createDraft("Upgrade checkout-api");
		submit("CHG-000001");
		createDraft("Still a draft");
		awaitReview("CHG-000001");

		this.records.finish("CHG-000001", ChangeState.CLOSED, "Implemented and reviewed", "manager");
		this.records.finish("CHG-000001", ChangeState.CLOSED, "Implemented and reviewed", "manager");

		ChangeView closed = this.changes.get("CHG-000001");
		assertThat(closed.state()).isEqualTo(ChangeState.CLOSED);
		assertThat(closed.closeReason()).isEqualTo("Implemented and reviewed");
		assertThat(closed.history()).extracting(ChangeView.Step::stepName)
			.containsSubsequence("Submitted", "Classified", "Closed")
			.containsOnlyOnce("Closed")
			.endsWith("Closed");
		assertThatThrownBy(() -> this.records.finish("CHG-000001", ChangeState.REJECTED, "No", "manager"))
			.isInstanceOf(ApiException.class)
			.hasMessage("Change CHG-000001 is CLOSED: it cannot become REJECTED");
		assertThatThrownBy(() -> this.records.finish("CHG-000002", ChangeState.CLOSED, "No", "manager"))
			.isInstanceOf(ApiException.class);
		assertThatThrownBy(() -> this.records.finish("CHG-000001", ChangeState.IN_PIR, "No", "manager"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.changes.get("CHG-000099")).isInstanceOf(ApiException.class)
			.hasMessage("No change 'CHG-000099'");
	}

	@Test
	void rescheduleMovesTheWindowAndFactsFollow() {
		createDraft("Upgrade checkout-api");
		submit("CHG-000001");
		awaitReview("CHG-000001");

		this.records.reschedule("CHG-000001", Rfcs.BASE.plusDays(1), Rfcs.BASE.plusDays(1).plusHours(3), "manager");
		this.records.reschedule("CHG-000001", Rfcs.BASE.plusDays(1), Rfcs.BASE.plusDays(1).plusHours(3), "manager");

		ChangeFacts facts = this.records.facts("CHG-000001");
		assertThat(facts.plannedStart()).isEqualTo(Rfcs.BASE.plusDays(1));
		assertThat(facts.plannedEnd()).isEqualTo(Rfcs.BASE.plusDays(1).plusHours(3));
		assertThat(this.changes.get("CHG-000001").history()).extracting(ChangeView.Step::stepName)
			.startsWith("Submitted")
			.containsOnlyOnce("Rescheduled")
			.endsWith("Rescheduled");
		assertThatThrownBy(
				() -> this.records.reschedule("CHG-000001", Rfcs.BASE.plusDays(2), Rfcs.BASE.plusDays(1), "manager"))
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

	private ChangeView awaitState(String key, ChangeState state) {
		return Eventually.await(key + " in " + state, () -> {
			failOnIncident(key);
			return this.changes.get(key);
		}, (change) -> change.state() == state);
	}

	/** A process stuck on an incident will not get anywhere: says why at once. */
	private void failOnIncident(String key) {
		Long instanceKey = this.jdbc
			.queryForObject("select process_instance_key from change_request where change_key = ?", Long.class, key);
		if (instanceKey == null) {
			return;
		}
		Iterable<Record<IncidentRecordValue>> incidents = RecordStream.of(this.engine.getRecordStreamSource())
			.incidentRecords();
		StreamSupport.stream(incidents.spliterator(), false)
			.filter((incident) -> incident.getIntent() == IncidentIntent.CREATED
					&& incident.getValue().getProcessInstanceKey() == instanceKey)
			.findFirst()
			.ifPresent((incident) -> {
				throw new AssertionError(
						"The process of %s is stuck at %s: %s".formatted(key, incident.getValue().getElementId(),
								incident.getValue().getErrorMessage().lines().findFirst().orElse("")));
			});
	}

	/**
	 * Waits until the process has classified the change and waits for the change
	 * manager's review, its task in the inbox: nothing moves it from there by itself.
	 */
	private void awaitReview(String key) {
		awaitState(key, ChangeState.IN_REVIEW);
		Eventually.await("the review of " + key + " in the inbox", () -> openTasks(key),
				(open) -> open.contains("REVIEW_RFC"));
	}

	private List<String> openTasks(String key) {
		return this.jdbc.queryForList("""
				select kind from human_task
				where business_key = ? and state = 'OPEN' and process_instance_key =
					(select process_instance_key from change_request where change_key = ?)""", String.class, key, key);
	}

	private void completeTask(String user, String key, String kind, Map<String, Object> decision) {
		String taskId = this.jdbc.queryForObject("""
				select id::text from human_task
				where business_key = ? and kind = ? and state = 'OPEN' and process_instance_key =
					(select process_instance_key from change_request where change_key = ?)""", String.class, key, kind,
				key);
		Response done = signedIn(user).post("/api/tasks/" + taskId + "/complete", decision);
		assertThat(done.status()).as(user + " completes " + kind + ": " + done).isEqualTo(200);
	}

	private void scheduling(String key, ChangeState state) {
		this.records.recordStep(key, new TimelineStep<>("schedule_change", "Schedule", state, null, null, null, null));
	}

	private String modelId(String name) {
		for (JsonNode model : this.requester.get("/api/change-models").json()) {
			if (model.path("name").asText().equals(name)) {
				return model.path("id").asText();
			}
		}
		throw new AssertionError("No model " + name);
	}

	private List<String> keys(String path) {
		Response response = this.requester.get(path);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().path("items").findValuesAsText("key");
	}

	private static String at(int hours) {
		return Rfcs.BASE.plusHours(hours).toInstant().toString();
	}

	// The engine side, read from its record stream.

	private long instanceKey(String key) {
		return this.jdbc.queryForObject("select process_instance_key from change_request where change_key = ?",
				Long.class, key);
	}

	private ProcessInstanceAssert instance(long instanceKey) {
		return new ProcessInstanceAssert(instanceKey, RecordStream.of(this.engine.getRecordStreamSource()));
	}

	private ProcessInstanceAssert awaitEnded(long instanceKey) {
		Eventually.await("process instance " + instanceKey + " to end", this::runningChangeProcesses,
				(running) -> !running.contains(instanceKey));
		return instance(instanceKey).isCompleted();
	}

	/** The change processes started during this test. */
	private List<Long> startedInstances() {
		return processEvents().filter((event) -> event.getPosition() > this.mark)
			.filter((event) -> event.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED)
			.map((event) -> event.getValue().getProcessInstanceKey())
			.toList();
	}

	/** The withdrawals told to processes during this test, as "key by user: reason". */
	private List<String> publishedWithdrawals() {
		Iterable<Record<MessageRecordValue>> messages = RecordStream.of(this.engine.getRecordStreamSource())
			.messageRecords();
		return StreamSupport.stream(messages.spliterator(), false)
			.filter((message) -> message.getPosition() > this.mark && message.getIntent() == MessageIntent.PUBLISHED)
			.map(Record::getValue)
			.filter((message) -> message.getName().equals("change_withdrawn"))
			.map((message) -> message.getCorrelationKey() + " by " + message.getVariables().get("withdrawnBy") + ": "
					+ message.getVariables().get("withdrawReason"))
			.toList();
	}

	private Set<Long> runningChangeProcesses() {
		Set<Long> running = new LinkedHashSet<>();
		processEvents().forEach((event) -> {
			if (event.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED) {
				running.add(event.getValue().getProcessInstanceKey());
			}
			else if (event.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
					|| event.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED) {
				running.remove(event.getValue().getProcessInstanceKey());
			}
		});
		return running;
	}

	/**
	 * Cancels the change processes still running, left by this test or an earlier one:
	 * the database reset brings their change keys back, and a withdrawal (a message
	 * correlated by change key) reaches only one of the processes waiting for it.
	 */
	private void endRunningChangeProcesses() {
		for (long instanceKey : runningChangeProcesses()) {
			try {
				processes().client().newCancelInstanceCommand(instanceKey).send().join();
			}
			catch (ClientException ex) {
				// It ended meanwhile.
			}
		}
		Eventually.await("no change process running", this::runningChangeProcesses, Set::isEmpty);
	}

	/** Lifecycle events of change_request process instances as a whole. */
	private Stream<Record<ProcessInstanceRecordValue>> processEvents() {
		Iterable<Record<ProcessInstanceRecordValue>> records = RecordStream.of(this.engine.getRecordStreamSource())
			.processInstanceRecords();
		return StreamSupport.stream(records.spliterator(), false)
			.filter((record) -> record.getRecordType() == RecordType.EVENT)
			.filter((record) -> record.getValue().getBpmnElementType() == BpmnElementType.PROCESS)
			.filter((record) -> record.getValue().getBpmnProcessId().equals(CamundaChangeProcess.PROCESS_ID));
	}

	private long lastPosition() {
		long last = -1;
		for (Record<?> record : RecordStream.of(this.engine.getRecordStreamSource()).records()) {
			last = Math.max(last, record.getPosition());
		}
		return last;
	}

}
