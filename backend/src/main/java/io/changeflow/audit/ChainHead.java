package io.changeflow.audit;

/**
 * The newest row of the audit chain: its hash stands for every row before it.
 *
 * @param seq its sequence number (0 while the log is empty)
 * @param hash its hash (64 zeros while the log is empty)
 */
public record ChainHead(long seq, String hash) {

	static final String GENESIS = "0".repeat(64);

	static ChainHead empty() {
		return new ChainHead(0, GENESIS);
	}

}
