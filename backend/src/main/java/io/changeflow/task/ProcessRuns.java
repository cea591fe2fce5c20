package io.changeflow.task;

/**
 * Tells the inbox whether a job belongs to the run of the process its change or release
 * follows now. Implemented by the features that own the runs; a job of a replaced run (a
 * revision, or an earlier change under a reused key) must not open a task.
 */
public interface ProcessRuns {

	/**
	 * Whether the run is current.
	 * @param businessKey the change or release key
	 * @param run the job's {@code run} variable, null for instances that carry none
	 * @return false for a run the record no longer follows
	 */
	boolean isCurrent(String businessKey, String run);

}
