package io.changeflow.task;

/**
 * A rule of another feature that a decision must pass before it is recorded, e.g. a
 * rollout starts only inside the approved windows of its changes. Called in the
 * transaction that records the decision, after the person's right to decide was checked
 * and before anything is written; it refuses by throwing an
 * {@link io.changeflow.platform.ApiException}.
 */
public interface TaskCompletionGuard {

	/**
	 * Throws when the decision may not be taken now.
	 * @param kind the task's kind
	 * @param businessKey the change or release it belongs to
	 * @param user who decides
	 */
	void check(TaskKind kind, String businessKey, String user);

}
