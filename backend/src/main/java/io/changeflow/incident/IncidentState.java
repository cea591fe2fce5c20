package io.changeflow.incident;

/**
 * Where an incident stands.
 */
public enum IncidentState {

	/** The job is out of retries; the process waits. */
	OPEN,
	/**
	 * Someone gave the job retries again; it fails again as the same, reopened, incident.
	 */
	RETRIED,
	/** Someone canceled the process; the change or release ended with it. */
	CANCELED,
	/** The engine no longer has it (resolved outside Changeflow). */
	RESOLVED

}
