package io.changeflow.emailapproval;

import java.time.Instant;
import java.util.UUID;

/**
 * What a signed approval link says: which issued link it is, for which task and approver,
 * valid until when.
 *
 * @param linkId the issued link's row
 * @param taskId the task the link decides
 * @param approver the user the decision is made as
 * @param expiresAt when the link stops working
 */
record LinkClaims(UUID linkId, UUID taskId, String approver, Instant expiresAt) {

	boolean expired(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

}
