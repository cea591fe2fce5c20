package io.changeflow.change;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.changeflow.engine.ProcessModelHistory;
import io.changeflow.engine.StartedInstance;
import io.changeflow.platform.ApiException;
import io.changeflow.task.HumanTaskService;
import io.changeflow.task.TaskKind;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The {@code change_request} process on Zeebe: started with the RFC's facts, answered
 * through the "provide information" task, withdrawn by message (correlated by change
 * key).
 */
@Component
class CamundaChangeProcess implements ChangeProcess {

	static final String PROCESS_ID = "change_request";

	private final CamundaClient engine;

	private final HumanTaskService tasks;

	private final ProcessModelHistory models;

	private final Duration informationTimeout;

	private final Duration ecabTimeout;

	CamundaChangeProcess(CamundaClient engine, HumanTaskService tasks, ProcessModelHistory models,
			@Value("${changeflow.change.information-timeout:P5D}") Duration informationTimeout,
			@Value("${changeflow.change.ecab-timeout:PT1H}") Duration ecabTimeout) {
		this.engine = engine;
		this.tasks = tasks;
		this.models = models;
		this.informationTimeout = informationTimeout;
		this.ecabTimeout = ecabTimeout;
	}

	@Override
	public StartedInstance start(ChangeFacts change) {
		Map<String, Object> variables = variables(change);
		variables.put("informationTimeout", this.informationTimeout.toString());
		variables.put("ecabTimeout", this.ecabTimeout.toString());
		return this.models.started(this.engine.newCreateInstanceCommand()
			.bpmnProcessId(PROCESS_ID)
			.latestVersion()
			.variables(variables)
			.send()
			.join());
	}

	@Override
	public void resubmit(ChangeFacts change) {
		boolean answered = this.tasks.completeOpen(change.changeKey(), TaskKind.PROVIDE_INFORMATION, change.requester(),
				variables(change));
		if (!answered) {
			// The question is on the RFC but its task is not in the inbox yet (a moment
			// after).
			throw new ApiException(HttpStatus.CONFLICT, "Not ready for an answer",
					"The request for information is still being delivered; try again in a moment", null);
		}
	}

	@Override
	public StartedInstance revise(ChangeFacts change, Long previousInstance) {
		if (previousInstance != null) {
			try {
				this.engine.newCancelInstanceCommand(previousInstance).send().join();
			}
			catch (ClientStatusException ex) {
				// Already gone (the embedded engine restarted): the new instance is all
				// that runs.
			}
		}
		return start(change);
	}

	@Override
	public void withdraw(String changeKey, String run, String reason, String by) {
		try {
			this.engine.newPublishMessageCommand()
				.messageName("change_withdrawn")
				.correlationKey(changeKey)
				// A run is withdrawn once: the id makes a repeated delivery a no-op.
				.messageId("change_withdrawn:" + run)
				.variables(Map.of("withdrawReason", reason, "withdrawnBy", by))
				.timeToLive(Duration.ofMinutes(1))
				.send()
				.join();
		}
		catch (ClientStatusException ex) {
			if (ex.getStatus().getCode() != io.grpc.Status.Code.ALREADY_EXISTS) {
				throw ex;
			}
		}
	}

	private static Map<String, Object> variables(ChangeFacts change) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("changeKey", change.changeKey());
		variables.put("run", change.run());
		variables.put("title", change.title());
		variables.put("requester", change.requester());
		variables.put("implementer", change.implementer());
		variables.put("impact", change.impact());
		variables.put("urgency", change.urgency());
		variables.put("emergency", change.emergency());
		variables.put("standardModel", change.changeModelId() != null);
		return variables;
	}

}
