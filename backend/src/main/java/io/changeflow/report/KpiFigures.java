package io.changeflow.report;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.lang.Nullable;

/**
 * The KPIs of one month, or of the whole range. Months are calendar months in UTC; an
 * event counts in the month it happened. Rates are fractions from 0 to 1 and durations
 * hours; a rate or percentile is null when nothing in the period could give it a value.
 * Percentiles are PostgreSQL's {@code percentile_cont} (interpolated). Each component's
 * definition is its {@code @Schema} description, so the OpenAPI document (and the
 * browser's generated types) carry the same words.
 */
public record KpiFigures(
		@Schema(description = "the month as YYYY-MM, or the range as YYYY-MM/YYYY-MM for the totals") String period,
		@Schema(description = "changes implemented in the period: every change that left \"Ready for release\" because "
				+ "its release rolled out or was backed out, or because the change manager marked it "
				+ "implemented or backed out (counted when it entered the post-implementation review or "
				+ "closed)") int changesImplemented,
		@Schema(description = "implemented changes that were neither backed out nor reviewed as failed (a \"partially "
				+ "successful\" review counts as successful)") int changesSuccessful,
		@Schema(description = "implemented changes whose post-implementation review said \"failed\"") int changesFailed,
		@Schema(description = "implemented changes that were backed out: their release was backed out, the change manager "
				+ "marked them backed out, or their review said \"backed out\"") int changesBackedOut,
		@Schema(description = "changesSuccessful / changesImplemented (successful / implemented, failed or backed out)") @Nullable Double changeSuccessRate,
		@Schema(description = "changesBackedOut / changesImplemented") @Nullable Double backoutRate,
		@Schema(description = "changes submitted in the period that the classification made standard (pre-approved)") int standardChanges,
		@Schema(description = "changes submitted in the period classified normal (CAB)") int normalChanges,
		@Schema(description = "changes submitted in the period classified emergency (ECAB)") int emergencyChanges,
		@Schema(description = "emergencyChanges / all classified changes submitted in the period") @Nullable Double emergencyShare,
		@Schema(description = "median hours from an implemented change's submission to its implementation (over "
				+ "changesImplemented)") @Nullable Double leadTimeP50Hours,
		@Schema(description = "90th percentile of the hours from submission to implementation") @Nullable Double leadTimeP90Hours,
		@Schema(description = "CAB votes decided in the period: the latest CAB round of a change ended by approval (the "
				+ "change moved on to scheduling), veto or rejection, or escalation to the change manager at "
				+ "the deadline") int cabDecisions,
		@Schema(description = "median hours from the start of a CAB round (approvers resolved, vote opened) to its "
				+ "decision") @Nullable Double cabApprovalP50Hours,
		@Schema(description = "90th percentile of the hours from CAB round start to decision") @Nullable Double cabApprovalP90Hours,
		@Schema(description = "DORA deployment frequency: releases whose rollout ended in the period, either with every "
				+ "wave deployed or by being backed out") int deployments,
		@Schema(description = "deployments divided by the months of the period") double deploymentsPerMonth,
		@Schema(description = "rolled out releases that were backed out, or for which the process recorded an incident (a "
				+ "step that ran out of retries) on the release or one of its changes after the rollout "
				+ "started") int failedDeployments,
		@Schema(description = "DORA change failure rate: failedDeployments / deployments") @Nullable Double changeFailureRate,
		@Schema(description = "DORA lead time for changes: median hours from a change's submission to the moment its "
				+ "release finished rolling out (every wave deployed), over the changes of releases that "
				+ "finished rolling out in the period") @Nullable Double changeLeadTimeP50Hours,
		@Schema(description = "failed rollouts (releases whose back-out started in the period) after which service was "
				+ "restored") int failuresRestored,
		@Schema(description = "failed rollouts of the period not restored yet") int failuresNotRestored,
		@Schema(description = "DORA time to restore: median hours from the start of a release's back-out (a deployment or "
				+ "verification failed, or someone asked to back it out) to the earlier of the back-out "
				+ "finishing (every deployed wave undone) and the next release that finished rolling out to "
				+ "any of the same configuration items; counted in the month the back-out started") @Nullable Double timeToRestoreP50Hours) {

	/** The CSV header, in the order of {@link #csvRow()}. */
	static final String CSV_HEADER = String.join(",", "period", "changes_implemented", "changes_successful",
			"changes_failed", "changes_backed_out", "change_success_rate", "backout_rate", "standard_changes",
			"normal_changes", "emergency_changes", "emergency_share", "lead_time_p50_hours", "lead_time_p90_hours",
			"cab_decisions", "cab_approval_p50_hours", "cab_approval_p90_hours", "deployments", "deployments_per_month",
			"failed_deployments", "change_failure_rate", "change_lead_time_p50_hours", "failures_restored",
			"failures_not_restored", "time_to_restore_p50_hours");

	/** One CSV line: numbers only, an empty cell where there is no value. */
	String csvRow() {
		return String.join(",", this.period, num(this.changesImplemented), num(this.changesSuccessful),
				num(this.changesFailed), num(this.changesBackedOut), num(this.changeSuccessRate), num(this.backoutRate),
				num(this.standardChanges), num(this.normalChanges), num(this.emergencyChanges),
				num(this.emergencyShare), num(this.leadTimeP50Hours), num(this.leadTimeP90Hours),
				num(this.cabDecisions), num(this.cabApprovalP50Hours), num(this.cabApprovalP90Hours),
				num(this.deployments), num(this.deploymentsPerMonth), num(this.failedDeployments),
				num(this.changeFailureRate), num(this.changeLeadTimeP50Hours), num(this.failuresRestored),
				num(this.failuresNotRestored), num(this.timeToRestoreP50Hours));
	}

	private static String num(Number value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d) {
			return java.math.BigDecimal.valueOf(d)
				.setScale(4, java.math.RoundingMode.HALF_UP)
				.stripTrailingZeros()
				.toPlainString();
		}
		return value.toString();
	}

}
