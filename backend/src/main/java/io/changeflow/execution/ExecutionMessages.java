package io.changeflow.execution;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the process an execution finished: message {@code execution_finished}, correlated
 * by the execution id, with the execution id as message id (the engine rejects a second
 * one while the first is buffered) and a time to live, so a result that arrives before
 * the process waits for it is kept until it does.
 */
@Component
class ExecutionMessages {

	static final String MESSAGE = "execution_finished";

	private static final Logger log = LoggerFactory.getLogger(ExecutionMessages.class);

	private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

	private final CamundaClient engine;

	private final Duration timeToLive;

	ExecutionMessages(CamundaClient engine, ExecutorSettings settings) {
		this.engine = engine;
		this.timeToLive = settings.messageTtl();
	}

	/**
	 * Publishes once the current transaction commits (a rolled back result tells nobody),
	 * or now without one.
	 */
	void publishAfterCommit(ExecutionView execution) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					publishQuietly(execution);
				}
			});
		}
		else {
			publishQuietly(execution);
		}
	}

	/**
	 * After commit nobody can act on a failure any more: the step's timeout boundary in
	 * the model is what turns a lost message into a failure.
	 */
	private void publishQuietly(ExecutionView execution) {
		try {
			publish(execution);
		}
		catch (RuntimeException ex) {
			log.error("Execution {} finished {} but the engine did not take message {}: {}", execution.id(),
					execution.status(), MESSAGE, ex.toString());
		}
	}

	/**
	 * Publishes the result; a duplicate of a buffered message is not an error.
	 * @return false when the engine already had it
	 */
	boolean publish(ExecutionView execution) {
		String id = execution.id().toString();
		try {
			this.engine.newPublishMessageCommand()
				.messageName(MESSAGE)
				.correlationKey(id)
				.messageId(id)
				.timeToLive(this.timeToLive)
				.variables(Map.of("executionStatus", execution.status().name(), "executionResult", execution.result()))
				.send()
				.join(SEND_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
			return true;
		}
		catch (ClientStatusException ex) {
			if (ex.getStatus().getCode() == Status.Code.ALREADY_EXISTS) {
				return false;
			}
			throw ex;
		}
	}

}
