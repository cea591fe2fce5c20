package io.changeflow.execution;

import java.util.Map;
import java.util.UUID;

/**
 * Where executors report how an execution ended. The first report finishes the execution
 * and tells the process (message {@code execution_finished}); any later one changes
 * nothing.
 */
public interface ExecutionReports {

	/**
	 * Records the outcome of an execution once.
	 * @param executionId the execution
	 * @param status SUCCEEDED or FAILED
	 * @param result what the executor found (test counts, deployed checksums, health)
	 * @return the execution as recorded, by this report or an earlier one
	 * @throws io.changeflow.platform.ApiException 404 for an unknown execution, 400
	 * (field {@code status}) for RUNNING
	 */
	ExecutionView report(UUID executionId, ExecutionStatus status, Map<String, Object> result);

}
