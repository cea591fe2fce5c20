package io.changeflow.execution;

import io.changeflow.platform.ApiException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records results: the row is locked while it is read and written, so of two reports
 * arriving together one finishes the execution and publishes, the other sees it finished.
 */
@Service
class ExecutionRecorder implements ExecutionReports {

	private final ExecutionRepository executions;

	private final ExecutionMessages messages;

	private final Clock clock;

	ExecutionRecorder(ExecutionRepository executions, ExecutionMessages messages) {
		this.executions = executions;
		this.messages = messages;
		this.clock = Clock.systemUTC();
	}

	@Override
	@Transactional
	public ExecutionView report(UUID executionId, ExecutionStatus status, Map<String, Object> result) {
		if (status == null || !status.isFinal()) {
			throw ApiException.invalid("status", "must be SUCCEEDED or FAILED");
		}
		Execution execution = this.executions.lockById(executionId)
			.orElseThrow(() -> ApiException.notFound("execution", String.valueOf(executionId)));
		if (execution.finish(status, result, this.clock.instant())) {
			this.messages.publishAfterCommit(execution.view());
		}
		return execution.view();
	}

}
