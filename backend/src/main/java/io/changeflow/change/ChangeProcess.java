package io.changeflow.change;

import io.changeflow.engine.StartedInstance;

/**
 * The change's side of the {@code change_request} process: the change module tells the
 * engine what people did to an RFC; the engine side (workers, tasks) lives behind this
 * port.
 */
public interface ChangeProcess {

	/**
	 * Starts the process for a submitted RFC.
	 * @param change the facts the process decides on
	 * @return the engine's process instance key (a mutable handle, never an identity) and
	 * the model version it runs on
	 */
	StartedInstance start(ChangeFacts change);

	/**
	 * The requester answered a request for information: the waiting "provide information"
	 * task completes and the RFC goes through the filter again.
	 * @param change the updated facts
	 */
	void resubmit(ChangeFacts change);

	/**
	 * The requester edited an approved change: the approval no longer holds. The running
	 * process ends and a new one starts from the filter, so the revision is classified
	 * and approved again.
	 * @param change the revised facts
	 * @param previousInstance the engine handle of the process that ran so far (may be
	 * null)
	 * @return the new process instance and its model version
	 */
	StartedInstance revise(ChangeFacts change, Long previousInstance);

	/**
	 * The requester (or a change manager) withdrew the RFC: the process ends.
	 * @param changeKey the change
	 * @param run the run of its process that ends (makes a repeated call a no-op)
	 * @param reason why
	 * @param by who
	 */
	void withdraw(String changeKey, String run, String reason, String by);

}
