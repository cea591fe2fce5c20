package io.changeflow.task;

/**
 * Where a task stands: open in inboxes, completed by a person, or canceled by the process
 * (quorum reached, timer fired, change withdrawn).
 */
public enum TaskState {

	OPEN, COMPLETED, CANCELED

}
