package io.changeflow.evidence;

import io.changeflow.approval.ApprovalPolicy.Approver;
import io.changeflow.approval.ApprovalPolicy.RequiredRole;
import io.changeflow.audit.AuditEventView;
import io.changeflow.change.ChangeView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.lang.Nullable;

/**
 * Everything an auditor needs about one change, in one answer: what was asked, how it was
 * classified and why, who approved it and what they said, when it was planned, which
 * release implemented it and how the rollout went, the review afterwards, the path the
 * process took and the audit events that record it.
 *
 * @param change the RFC as the change view shows it (with its timeline)
 * @param classification how the decision table classified it, or null before that
 * @param votes every CAB vote, ECAB approval and escalated decision, oldest first
 * @param cabRound the latest CAB round (voters, quorum, deadline), or null without one
 * @param schedule the planned window and how it was scheduled
 * @param releases the releases that bundled it, oldest first
 * @param pir the post-implementation review, or null without one
 * @param path the BPMN elements the process went through, oldest first
 * @param events the audit events of the change, oldest first
 */
public record ChangeEvidence(ChangeView change, @Nullable Classification classification, List<Vote> votes,
		@Nullable CabRound cabRound, Schedule schedule, List<ReleaseEvidence> releases, @Nullable Pir pir,
		List<PathStep> path, List<AuditEventView> events) {

	/**
	 * The classification as the {@code ChangeClassified} audit event recorded it.
	 *
	 * @param changeClass the class the decision gave (a reviewer may reclassify later:
	 * see the change)
	 * @param risk the risk it gave
	 * @param priority the priority
	 * @param inputs the decision's inputs
	 * @param outputs the decision's outputs
	 * @param decisionId the DMN decision
	 * @param decisionVersion its deployed version
	 * @param at when
	 * @param actor who or what classified it
	 */
	@Schema(name = "EvidenceClassification")
	public record Classification(@Nullable String changeClass, @Nullable String risk, @Nullable String priority,
			@Nullable Map<String, Object> inputs, @Nullable Map<String, Object> outputs, @Nullable String decisionId,
			@Nullable String decisionVersion, Instant at, @Nullable String actor) {
	}

	/**
	 * One approver's part.
	 *
	 * @param kind CAB_VOTE, ECAB_APPROVAL or DECIDE_ESCALATED
	 * @param approver the username, or null for an open group task
	 * @param approverName the approver's name
	 * @param roles the roles the vote counts for
	 * @param decision approve, reject or abstain; null while open
	 * @param comment what they said
	 * @param at when they decided
	 * @param state OPEN, COMPLETED or CANCELED
	 */
	@Schema(name = "EvidenceVote")
	public record Vote(String kind, @Nullable String approver, @Nullable String approverName, List<String> roles,
			@Nullable String decision, @Nullable String comment, @Nullable Instant at, String state) {
	}

	/**
	 * The latest CAB round.
	 *
	 * @param startedAt when the voters were resolved
	 * @param requiredRoles the quorum per role
	 * @param approvers who votes, for which roles
	 * @param deadline when the change manager takes over
	 */
	@Schema(name = "EvidenceCabRound")
	public record CabRound(Instant startedAt, List<RequiredRole> requiredRoles, List<Approver> approvers,
			Instant deadline) {
	}

	/**
	 * The planned window and the steps that set or moved it.
	 *
	 * @param plannedStart start of the window, in the change's time zone
	 * @param plannedEnd end of the window
	 * @param timeZone the change's time zone
	 * @param steps schedule checks, conflicts and reschedulings, oldest first
	 */
	@Schema(name = "EvidenceSchedule")
	public record Schedule(@Nullable OffsetDateTime plannedStart, @Nullable OffsetDateTime plannedEnd,
			@Nullable String timeZone, List<ChangeView.Step> steps) {
	}

	/**
	 * A release that bundled the change and how its rollout went.
	 *
	 * @param key the release key
	 * @param name its name
	 * @param state where it stands
	 * @param plannedStart start of its window
	 * @param plannedEnd end of its window
	 * @param testsPassed tests passed, once tested
	 * @param testsFailed tests failed, once tested
	 * @param waves each wave's result, in rollout order
	 * @param failures every failed build, test, deployment, verification or backout with
	 * its reason, oldest first
	 */
	@Schema(name = "EvidenceRelease")
	public record ReleaseEvidence(String key, String name, String state, @Nullable OffsetDateTime plannedStart,
			@Nullable OffsetDateTime plannedEnd, @Nullable Integer testsPassed, @Nullable Integer testsFailed,
			List<WaveResult> waves, List<Failure> failures) {
	}

	/**
	 * One wave's result.
	 *
	 * @param wave its name
	 * @param environment where it deploys
	 * @param percent how much of it
	 * @param state PENDING, DEPLOYING, VERIFYING, DONE, FAILED or BACKED_OUT
	 * @param deployedAt when it was deployed
	 * @param verifiedAt when it was verified
	 * @param backedOutAt when it was backed out
	 * @param failureReason why its deployment or verification failed, if it did
	 */
	@Schema(name = "EvidenceWave")
	public record WaveResult(String wave, @Nullable String environment, int percent, String state,
			@Nullable Instant deployedAt, @Nullable Instant verifiedAt, @Nullable Instant backedOutAt,
			@Nullable String failureReason) {
	}

	/**
	 * A failed step of a release.
	 *
	 * @param action BUILD, TEST, DEPLOY, VERIFY or BACKOUT
	 * @param wave the wave, or null for build and test
	 * @param at when the failure was reported
	 * @param reason what the executor said
	 */
	@Schema(name = "EvidenceFailure")
	public record Failure(String action, @Nullable String wave, @Nullable Instant at, @Nullable String reason) {
	}

	/**
	 * The post-implementation review.
	 *
	 * @param reviewer who reviewed, or null while open
	 * @param reviewerName their name
	 * @param outcome successful, partially_successful, failed or backed_out; null while
	 * open
	 * @param comment what they said
	 * @param lessons what was learned, as the review's audit event recorded it
	 * @param at when
	 * @param state OPEN, COMPLETED or CANCELED
	 */
	@Schema(name = "EvidencePir")
	public record Pir(@Nullable String reviewer, @Nullable String reviewerName, @Nullable String outcome,
			@Nullable String comment, @Nullable String lessons, @Nullable Instant at, String state) {
	}

	/**
	 * One step of the path the process took.
	 *
	 * @param elementId the BPMN element id
	 * @param name its name in the model
	 * @param at when
	 * @param actor who, or null for the system
	 * @param outcome how it ended, or null
	 */
	@Schema(name = "EvidencePathStep")
	public record PathStep(String elementId, String name, Instant at, @Nullable String actor,
			@Nullable String outcome) {
	}

}
