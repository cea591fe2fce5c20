package io.changeflow.execution;

import io.changeflow.audit.DomainEvent;
import io.changeflow.platform.ApiException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
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

	private final ApplicationEventPublisher events;

	ExecutionRecorder(ExecutionRepository executions, ExecutionMessages messages, ApplicationEventPublisher events) {
		this.events = events;
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
			ExecutionView view = execution.view();
			Map<String, Object> outcome = new HashMap<>();
			outcome.put("action", view.action().name());
			outcome.put("wave", view.wave());
			outcome.put("status", view.status().name());
			outcome.put("result", view.result());
			this.events.publishEvent(DomainEvent.of("ExecutionFinished", "RELEASE", view.releaseKey())
				.by("system:" + ((view.executor() != null) ? view.executor() : "executor"))
				.after(outcome)
				.correlatedBy(Map.of("execution", view.id().toString())));
		}
		return execution.view();
	}

}
