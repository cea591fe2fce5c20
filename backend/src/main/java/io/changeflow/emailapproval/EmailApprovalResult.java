package io.changeflow.emailapproval;

import java.time.Instant;

/**
 * A decision made through an approval link.
 *
 * @param changeKey the change decided on
 * @param decision what was decided
 * @param approver as whom
 * @param decidedAt when
 */
record EmailApprovalResult(String changeKey, String decision, String approver, Instant decidedAt) {
}
