package io.changeflow.emailapproval;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.lang.Nullable;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * What an approval link decides, as the confirm page shows it before anything happens.
 *
 * @param task the task and its change
 * @param approver the user the decision is made as
 * @param approverName their display name
 * @param decision what the link was used for, or null while unused
 * @param expiresAt when the link stops working
 * @param usable whether confirming can succeed now
 * @param problem why not (used, expired, already completed by someone, not allowed), or
 * null
 */
record EmailApprovalView(@Nullable TaskSummary task, @Nullable String approver, @Nullable String approverName,
		@Nullable String decision, @Nullable Instant expiresAt, boolean usable, @Nullable String problem) {

	/**
	 * The task and the change it decides.
	 *
	 * @param changeKey the change key
	 * @param changeTitle its title
	 * @param kind CAB_VOTE or ECAB_APPROVAL
	 * @param title the task's title
	 * @param priority the change's priority
	 * @param plannedStart start of the planned window
	 * @param plannedEnd its end
	 * @param risk the change's risk
	 * @param state the task's state: OPEN, COMPLETED, CANCELED
	 * @param completedBy who completed it, once completed
	 */
	@Schema(name = "EmailApprovalTask")
	record TaskSummary(String changeKey, @Nullable String changeTitle, String kind, @Nullable String title,
			@Nullable String priority, @Nullable OffsetDateTime plannedStart, @Nullable OffsetDateTime plannedEnd,
			@Nullable String risk, String state, @Nullable String completedBy) {
	}

}
