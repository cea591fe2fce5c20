package io.changeflow.execution;

/**
 * The port to whatever builds, tests and deploys releases. Starting returns at once; the
 * executor reports the outcome later through {@link ExecutionReports#report}, from the
 * simulated executor's scheduler or from a webhook callback. Chosen by
 * {@code changeflow.executor.type} ({@code simulated} by default, or {@code webhook}).
 */
public interface DeploymentExecutor {

	/**
	 * The name recorded on each execution, e.g. "simulated".
	 * @return the executor's name
	 */
	String name();

	/**
	 * Asks the executor to start. Called once per execution; a failure here is worth
	 * retrying (the job fails with a retry, then an incident).
	 * @param request what to do
	 * @throws RuntimeException when the executor could not be reached
	 */
	void start(ExecutionRequest request);

}
