package io.changeflow.execution;

/**
 * Where an execution stands. It starts running and finishes exactly once.
 */
public enum ExecutionStatus {

	RUNNING, SUCCEEDED, FAILED;

	/**
	 * An outcome an executor can report.
	 * @return true for SUCCEEDED and FAILED
	 */
	public boolean isFinal() {
		return this != RUNNING;
	}

}
