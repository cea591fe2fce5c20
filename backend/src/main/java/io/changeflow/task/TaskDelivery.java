package io.changeflow.task;

/**
 * What became of a person's decision in the process.
 */
enum TaskDelivery {

	/** Recorded; the engine has not confirmed it yet. */
	PENDING,
	/** The engine took it. */
	APPLIED,
	/** The process had moved on; the decision stays on record but changed nothing. */
	NOT_NEEDED

}
