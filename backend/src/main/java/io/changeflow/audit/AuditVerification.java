package io.changeflow.audit;

import org.springframework.lang.Nullable;

/**
 * The result of walking the audit chain.
 *
 * @param intact true when every row checked links to the one before and matches its hash
 * @param checkedRows how many rows were checked
 * @param fromSeq the first row checked (1, or the row after the checkpoint started from)
 * @param headSeq the newest row (0 for an empty log)
 * @param headHash its hash
 * @param checkpointSeq the checkpoint verification started from, or null from the first
 * row
 * @param broken the first broken link, or null when intact
 * @param millis how long the walk took
 */
public record AuditVerification(boolean intact, long checkedRows, long fromSeq, long headSeq, String headHash,
		@Nullable Long checkpointSeq, @Nullable BrokenLink broken, long millis) {

	/**
	 * The first row where the chain does not hold.
	 *
	 * @param seq the row's sequence number
	 * @param reason what is wrong with it, in a sentence
	 */
	public record BrokenLink(long seq, String reason) {
	}

}
