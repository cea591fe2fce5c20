package io.changeflow.processes;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.extension.ZeebeProcessTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every route through {@code change_request}, one test per path, named after it. The
 * app's workers are played by the test: it completes their jobs with the variables they
 * would return.
 */
@ZeebeProcessTest
class ChangeRequestPathTests {

	private static final String PROCESS = "change_request";

	private ZeebeTestEngine engine;

	private ZeebeClient client;

	private ProcessPaths paths;

	@BeforeEach
	void deploy() {
		this.paths = new ProcessPaths(this.engine, this.client).autoComplete("change-step", "change-classified")
			.deployAppModels();
	}

	@Test
	void standardChangeSkipsTheCab() {
		var change = submit(Map.of("standardModel", true));
		passFilter("LOW", List.of("SERVER"), 72);
		freeSchedule();
		this.paths.completeUserTask("ready_for_release", Map.of("decision", "implemented"));

		assertThat(change)
			.hasPassedElementsInOrder("filter_rfc", "determine_priority", "classify_change", "check_schedule",
					"ready_for_release", "change_closed")
			.hasNotPassedElement("review_rfc")
			.hasNotPassedElement("cab_vote")
			.hasNotPassedElement("post_implementation_review")
			.hasVariableWithValue("changeClass", "STANDARD")
			.hasVariableWithValue("approvalRoute", "PRE_APPROVED")
			.isCompleted();
	}

	@Test
	void standardModelOnACriticalCiGoesToTheCab() {
		var change = submit(Map.of("standardModel", true));
		passFilter("CRITICAL", List.of("DATABASE"), 72);

		assertThat(change).isWaitingAtElements("review_rfc").hasVariableWithValue("changeClass", "NORMAL");
	}

	@Test
	void normalChangeApprovedByCab() {
		var change = reachCabVote();
		vote("cab1", "approve");
		vote("cab2", "approve");
		freeSchedule();

		assertThat(change).hasPassedElement("gateway_cab_outcome")
			.isWaitingAtElements("ready_for_release")
			.hasNotPassedElement("decide_escalated_change");
		assertThat(this.paths.openUserTasks("cab_vote")).as("third vote no longer needed").isEmpty();

		this.paths.completeUserTask("ready_for_release", Map.of("decision", "implemented"));
		this.paths.completeUserTask("post_implementation_review", Map.of("pirOutcome", "successful"));
		assertThat(change).hasPassedElementsInOrder("ready_for_release", "post_implementation_review", "change_closed")
			.isCompleted();
	}

	@Test
	void normalChangeVetoedByCab() {
		var change = reachCabVote();
		vote("cab2", "reject");

		assertThat(change).hasPassedElement("change_vetoed").hasNotPassedElement("check_schedule").isCompleted();
	}

	@Test
	void quorumReachedWithAbstentions() {
		var change = reachCabVote();
		vote("cab1", "approve");
		vote("cab2", "abstain");
		assertThat(change).isWaitingAtElements("cab_vote");
		vote("cab3", "approve");
		freeSchedule();

		assertThat(change).isWaitingAtElements("ready_for_release").hasNotPassedElement("decide_escalated_change");
	}

	@Test
	void cabWithoutQuorumGoesToTheChangeManager() {
		var change = reachCabVote();
		vote("cab1", "abstain");
		vote("cab2", "abstain");
		vote("cab3", "approve");

		assertThat(change).isWaitingAtElements("decide_escalated_change").hasNotPassedElement("change_vetoed");
	}

	@Test
	void databaseChangeNeedsTheDba() {
		var change = reachCabVote(List.of("DATABASE"),
				List.of(approver("cab1", "CAB", "group:dba"), approver("cab2", "CAB"), approver("cab3", "CAB")),
				List.of(role("CAB", 2), role("group:dba", 1)));
		vote("cab2", "approve");
		vote("cab3", "approve");
		assertThat(change).as("CAB majority is not enough without the DBA").isWaitingAtElements("cab_vote");
		vote("cab1", "approve");
		freeSchedule();

		assertThat(change).isWaitingAtElements("ready_for_release");
	}

	@Test
	void escalationTimerHandsTheDecisionToTheChangeManager() {
		var change = reachCabVote();
		vote("cab1", "approve");

		this.paths.passTime(Duration.ofDays(1).plusHours(1));
		this.paths.completeJob("send-cab-reminder", Map.of());
		assertThat(change).hasPassedElement("reminder_sent").isWaitingAtElements("cab_vote");

		this.paths.passTime(Duration.ofDays(2));
		assertThat(change).hasPassedElement("cab_escalation").isWaitingAtElements("decide_escalated_change");
		assertThat(this.paths.openUserTasks("cab_vote")).isEmpty();

		this.paths.completeUserTask("decide_escalated_change", Map.of("decision", "approve", "comment", "urgent"));
		freeSchedule();
		assertThat(change).isWaitingAtElements("ready_for_release");
	}

	@Test
	void emergencyApprovedByEcabThenReviewed() {
		var change = submit(Map.of("emergency", true, "impact", 1, "urgency", 1));
		passFilter("CRITICAL", List.of("APPLICATION"), 2);
		review("accept");
		this.paths.completeUserTask("ecab_approval", Map.of("decision", "approve"));
		freeSchedule();
		this.paths.completeUserTask("ready_for_release", Map.of("decision", "implemented"));
		this.paths.completeUserTask("post_implementation_review", Map.of("pirOutcome", "successful"));

		assertThat(change)
			.hasPassedElementsInOrder("review_rfc", "ecab_approval", "check_schedule", "ready_for_release",
					"post_implementation_review", "change_closed")
			.hasNotPassedElement("cab_vote")
			.hasVariableWithValue("changeClass", "EMERGENCY")
			.hasVariableWithValue("priority", "P1")
			.isCompleted();
	}

	@Test
	void emergencyWithoutEcabAnswerEscalates() {
		var change = submit(Map.of("emergency", true));
		passFilter("MEDIUM", List.of("APPLICATION"), 2);
		review("accept");
		this.paths.passTime(Duration.ofMinutes(61));

		assertThat(change).hasPassedElement("ecab_escalation").isWaitingAtElements("decide_escalated_change");
	}

	@Test
	void returnedForInformationThenResubmitted() {
		var change = submit(Map.of());
		this.paths.completeJob("filter-rfc",
				Map.of("filterOutcome", "needs_information", "filterReason", "The backout plan is empty"));
		assertThat(change).isWaitingAtElements("provide_information");

		this.paths.completeUserTask("provide_information", Map.of());
		passFilter("LOW", List.of("APPLICATION"), 72);

		assertThat(change).hasPassedElement("filter_rfc", 2).isWaitingAtElements("review_rfc");
	}

	@Test
	void managerAsksForInformationThenTheRfcIsFilteredAgain() {
		var change = submit(Map.of());
		passFilter("LOW", List.of("APPLICATION"), 72);
		review("request_information");
		assertThat(change).isWaitingAtElements("provide_information");

		this.paths.completeUserTask("provide_information", Map.of());
		assertThat(change).hasPassedElement("provide_information").isWaitingAtElements("filter_rfc");
	}

	@Test
	void informationTimeoutClosesTheRfc() {
		var change = submit(Map.of());
		this.paths.completeJob("filter-rfc", Map.of("filterOutcome", "needs_information"));
		this.paths.passTime(Duration.ofDays(6));

		assertThat(change).hasPassedElement("information_timeout").hasPassedElement("rfc_timed_out").isCompleted();
	}

	@Test
	void rejectionByFilter() {
		var change = submit(Map.of());
		this.paths.completeJob("filter-rfc", Map.of("filterOutcome", "rejected", "filterReason", "Duplicate of CHG-1"));

		assertThat(change).hasPassedElement("rfc_rejected").hasNotPassedElement("determine_priority").isCompleted();
	}

	@Test
	void rejectionByChangeManager() {
		var change = submit(Map.of());
		passFilter("LOW", List.of("APPLICATION"), 72);
		review("reject");

		assertThat(change).hasPassedElement("change_rejected").isCompleted();
	}

	@Test
	void reclassifiedToEmergencyByTheChangeManager() {
		var change = submit(Map.of());
		passFilter("LOW", List.of("APPLICATION"), 72);
		this.paths.completeUserTask("review_rfc",
				Map.of("decision", "reclassify", "newClass", "EMERGENCY", "newRisk", "HIGH"));

		assertThat(change).isWaitingAtElements("ecab_approval")
			.hasVariableWithValue("changeClass", "EMERGENCY")
			.hasVariableWithValue("risk", "HIGH");
	}

	@Test
	void scheduleConflictThenResolved() {
		var change = submit(Map.of("standardModel", true));
		passFilter("LOW", List.of("SERVER"), 72);
		this.paths.completeJob("check-schedule", Map.of("scheduleConflict", true, "conflictsWith", List.of("CHG-7")));
		assertThat(change).isWaitingAtElements("resolve_schedule_conflict");

		this.paths.completeUserTask("resolve_schedule_conflict", Map.of("plannedStart", "2026-12-01T22:00:00Z"));
		freeSchedule();

		assertThat(change).hasPassedElement("check_schedule", 2).isWaitingAtElements("ready_for_release");
	}

	@Test
	void releaseBacksOutTheChangeAndReviewIsMandatory() {
		var change = submit(Map.of("standardModel", true));
		passFilter("LOW", List.of("SERVER"), 72);
		freeSchedule();
		this.paths.publishMessage("change_backed_out", "CHG-000001", Map.of());

		assertThat(change).hasPassedElement("change_backed_out")
			.isWaitingAtElements("post_implementation_review")
			.hasVariableWithValue("implementationOutcome", "backed_out");
	}

	@Test
	void releaseImplementsAStandardChange() {
		var change = submit(Map.of("standardModel", true));
		passFilter("LOW", List.of("SERVER"), 72);
		freeSchedule();
		this.paths.publishMessage("change_implemented", "CHG-000001", Map.of());

		assertThat(change).hasPassedElement("change_implemented").hasPassedElement("change_closed").isCompleted();
	}

	@Test
	void withdrawnWhileWaitingForTheCab() {
		var change = reachCabVote();
		this.paths.publishMessage("change_withdrawn", "CHG-000001", Map.of("withdrawReason", "no longer needed"));

		assertThat(change).hasPassedElement("change_withdrawn").isCompleted();
		assertThat(this.paths.openUserTasks("cab_vote")).isEmpty();
	}

	private ProcessInstanceEvent submit(Map<String, Object> overrides) {
		Map<String, Object> variables = new HashMap<>(Map.of("changeKey", "CHG-000001", "requester", "requester",
				"implementer", "releng", "impact", 2, "urgency", 2, "emergency", false, "standardModel", false,
				"informationTimeout", "P5D", "ecabTimeout", "PT1H"));
		variables.putAll(overrides);
		return this.paths.start(PROCESS, variables);
	}

	private void passFilter(String ciCriticality, List<String> ciTypes, int leadTimeHours) {
		this.paths.completeJob("filter-rfc", Map.of("filterOutcome", "passed", "ciCriticality", ciCriticality,
				"ciTypes", ciTypes, "ownerGroups", List.of(), "leadTimeHours", leadTimeHours));
	}

	private void review(String decision) {
		this.paths.completeUserTask("review_rfc", Map.of("decision", decision, "comment", "reviewed"));
	}

	private ProcessInstanceEvent reachCabVote() {
		return reachCabVote(List.of("APPLICATION"),
				List.of(approver("cab1", "CAB"), approver("cab2", "CAB"), approver("cab3", "CAB")),
				List.of(role("CAB", 2)));
	}

	private ProcessInstanceEvent reachCabVote(List<String> ciTypes, List<Map<String, Object>> approvers,
			List<Map<String, Object>> requiredRoles) {
		var change = submit(Map.of());
		passFilter("LOW", ciTypes, 72);
		review("accept");
		this.paths.completeJob("resolve-approvers",
				Map.of("approvers", approvers, "requiredRoles", requiredRoles, "cabReminderAt",
						Instant.now().plus(Duration.ofDays(1)).toString(), "cabDeadline",
						Instant.now().plus(Duration.ofDays(2)).toString()));
		assertThat(change).isWaitingAtElements("cab_vote");
		assertThat(this.paths.openUserTasks("cab_vote")).hasSize(approvers.size());
		return change;
	}

	private void vote(String user, String decision) {
		this.paths.completeUserTask("cab_vote",
				(task) -> user.equals(task.getCustomHeaders().get("io.camunda.zeebe:assignee")),
				Map.of("decision", decision));
	}

	private static Map<String, Object> approver(String user, String... roles) {
		return Map.of("user", user, "roles", List.of(roles));
	}

	private static Map<String, Object> role(String role, int quorum) {
		return Map.of("role", role, "quorum", quorum);
	}

	private void freeSchedule() {
		this.paths.completeJob("check-schedule", Map.of("scheduleConflict", false));
	}

}
