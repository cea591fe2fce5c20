package io.changeflow.execution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.changeflow.platform.ApiException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the execution of a step exactly once. The row is found or inserted by the step's
 * idempotency key and locked; the executor is asked only while the row says it has not
 * taken the execution yet (a failed attempt leaves it so, and the retried job asks
 * again). A redelivered job gets the same execution id: if that execution already
 * finished, its result is published again (the engine drops it if it still has it, and
 * needs it if it restarted meanwhile).
 */
@Service
class ExecutionDispatcher {

	private final ExecutionRepository executions;

	private final DeploymentExecutor executor;

	private final ExecutionMessages messages;

	private final ObjectMapper json;

	private final TransactionTemplate transactions;

	private final Clock clock = Clock.systemUTC();

	ExecutionDispatcher(ExecutionRepository executions, DeploymentExecutor executor, ExecutionMessages messages,
			ObjectMapper json, PlatformTransactionManager transactions) {
		this.transactions = new TransactionTemplate(transactions);
		this.executions = executions;
		this.executor = executor;
		this.messages = messages;
		this.json = json;
	}

	/**
	 * Starts a step with the configured executor.
	 * @param step what to do; its executionId is ignored (a new one, or the step's
	 * existing one, is used)
	 * @param idempotencyKey names the step: the same key means the same execution
	 * @param elementInstanceKey the engine's element instance, for reference only
	 * @return the execution
	 */
	public ExecutionView start(ExecutionRequest step, String idempotencyKey, Long elementInstanceKey) {
		return start(step, idempotencyKey, elementInstanceKey, this.executor);
	}

	/**
	 * Starts a step with the given executor (tests use their own). The row is committed
	 * before the executor hears of the execution, so a result that comes back at once
	 * finds it (and waits for the lock until the dispatch commits).
	 */
	public ExecutionView start(ExecutionRequest step, String idempotencyKey, Long elementInstanceKey,
			DeploymentExecutor with) {
		ExecutionRequest request = new ExecutionRequest(UUID.randomUUID(), step.releaseKey(), step.action(),
				step.wave(), step.artifacts(), step.changeKeys());
		this.transactions.executeWithoutResult((tx) -> this.executions.insertIfAbsent(request.executionId(),
				request.releaseKey(), request.action().name(), (request.wave() != null) ? request.wave().name() : null,
				elementInstanceKey, idempotencyKey, with.name(), this.clock.instant(), serialized(request)));
		return this.transactions.execute((tx) -> dispatch(idempotencyKey, with));
	}

	private ExecutionView dispatch(String idempotencyKey, DeploymentExecutor with) {
		Execution execution = this.executions.lockByIdempotencyKey(idempotencyKey)
			.orElseThrow(() -> new IllegalStateException("No execution row for " + idempotencyKey));
		if (!execution.isDispatched()) {
			with.start(this.json.convertValue(execution.request(), ExecutionRequest.class));
			execution.dispatched(this.clock.instant());
		}
		else if (execution.status().isFinal()) {
			this.messages.publishAfterCommit(execution.view());
		}
		return execution.view();
	}

	private String serialized(ExecutionRequest request) {
		try {
			return this.json.writeValueAsString(request);
		}
		catch (JsonProcessingException ex) {
			throw new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "Unserializable request", ex.getMessage(), null);
		}
	}

}
