package io.changeflow.approval;

/**
 * What a person is asked to do with a change, as far as segregation of duties cares.
 */
public enum Duty {

	/** Filter, classify, decide escalations, review after implementation. */
	REVIEW,

	/** Vote in the CAB or approve in the ECAB. */
	APPROVE,

	/** Anything else (answering questions, marking implemented): no rule applies. */
	OTHER

}
