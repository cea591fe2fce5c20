package io.changeflow.emailapproval;

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
record EmailApprovalView(TaskSummary task, String approver, String approverName, String decision, Instant expiresAt,
		boolean usable, String problem) {

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
	record TaskSummary(String changeKey, String changeTitle, String kind, String title, String priority,
			OffsetDateTime plannedStart, OffsetDateTime plannedEnd, String risk, String state, String completedBy) {
	}

}
