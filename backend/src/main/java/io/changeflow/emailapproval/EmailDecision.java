package io.changeflow.emailapproval;

import jakarta.validation.constraints.Size;

/**
 * What the approver confirmed on the page an approval link opened.
 *
 * @param decision approve or reject
 * @param comment why; required to reject. Room is left for the "via email link" note.
 */
record EmailDecision(@Size(max = 40) String decision, @Size(max = 4900) String comment) {
}
