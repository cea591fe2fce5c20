package io.changeflow.task;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.changeflow.engine.EngineEpoch;
import io.grpc.Status;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the engine what a person decided, after the decision is committed. Delivered
 * through the event publication registry: a call that fails (engine down or slow) leaves
 * the publication incomplete and it is tried again, so nothing decided is lost. No
 * database transaction is open during the engine call.
 */
@Component
class JobCompletions {

	private static final Duration ENGINE_TIMEOUT = Duration.ofSeconds(10);

	private final CamundaClient engine;

	private final EngineEpoch epoch;

	private final HumanTaskService tasks;

	JobCompletions(CamundaClient engine, EngineEpoch epoch, HumanTaskService tasks) {
		this.engine = engine;
		this.epoch = epoch;
		this.tasks = tasks;
	}

	@Async
	@TransactionalEventListener
	void on(HumanTaskCompleted done) {
		if (!this.epoch.id().equals(done.engineEpoch())) {
			// The engine that handed out this job key is gone; in this one the key may
			// name
			// another job.
			this.tasks.notNeeded(done.taskId(), "the engine restarted before it took the decision");
			return;
		}
		try {
			this.engine.newCompleteCommand(done.jobKey())
				.variables(done.variables())
				.send()
				.join(ENGINE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (ClientStatusException ex) {
			if (ex.getStatus().getCode() != Status.Code.NOT_FOUND) {
				throw ex;
			}
			this.tasks.notNeeded(done.taskId(), "the process had already moved on");
			return;
		}
		this.tasks.applied(done.taskId());
	}

}
