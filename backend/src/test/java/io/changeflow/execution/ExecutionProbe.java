package io.changeflow.execution;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.intent.MessageIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.MessageRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import io.changeflow.testing.Eventually;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Tiny processes shaped like the release process's execution steps, so the execution
 * module is tested on the real engine without the release model: {@code execution_step}
 * runs a service task of the job type in {@code jobType} and then waits for
 * {@code execution_finished} correlated by {@code executionId}; {@code execution_wait}
 * only waits.
 */
final class ExecutionProbe {

	private final CamundaClient client;

	private final ZeebeTestEngine engine;

	ExecutionProbe(CamundaClient client, ZeebeTestEngine engine) {
		this.client = client;
		this.engine = engine;
		BpmnModelInstance step = Bpmn.createExecutableProcess("execution_step")
			.startEvent("probe_step_started")
			.serviceTask("probe_step", (task) -> task.zeebeJobTypeExpression("jobType"))
			.intermediateCatchEvent("probe_step_finished")
			.message((message) -> message.name(ExecutionMessages.MESSAGE).zeebeCorrelationKeyExpression("executionId"))
			.endEvent("probe_step_done")
			.done();
		BpmnModelInstance wait = Bpmn.createExecutableProcess("execution_wait")
			.startEvent("probe_wait_started")
			.intermediateCatchEvent("probe_wait_finished")
			.message((message) -> message.name(ExecutionMessages.MESSAGE).zeebeCorrelationKeyExpression("executionId"))
			.endEvent("probe_wait_done")
			.done();
		client.newDeployResourceCommand()
			.addProcessModel(step, "execution-step.bpmn")
			.addProcessModel(wait, "execution-wait.bpmn")
			.send()
			.join();
	}

	long start(String processId, Map<String, Object> variables) {
		return this.client.newCreateInstanceCommand()
			.bpmnProcessId(processId)
			.latestVersion()
			.variables(variables)
			.send()
			.join()
			.getProcessInstanceKey();
	}

	void awaitCompleted(long instanceKey) {
		Eventually.await("process instance " + instanceKey + " to complete", () -> completed(instanceKey),
				(done) -> done);
	}

	boolean completed(long instanceKey) {
		Iterable<Record<ProcessInstanceRecordValue>> records = RecordStream.of(this.engine.getRecordStreamSource())
			.processInstanceRecords();
		return StreamSupport.stream(records.spliterator(), false)
			.anyMatch((record) -> record.getRecordType() == RecordType.EVENT
					&& record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
					&& record.getValue().getBpmnElementType() == BpmnElementType.PROCESS
					&& record.getValue().getProcessInstanceKey() == instanceKey);
	}

	/** The value of a process variable as last written, as JSON text, or null. */
	String variable(long instanceKey, String name) {
		Iterable<Record<VariableRecordValue>> records = RecordStream.of(this.engine.getRecordStreamSource())
			.variableRecords();
		return StreamSupport.stream(records.spliterator(), false)
			.map(Record::getValue)
			.filter((variable) -> variable.getProcessInstanceKey() == instanceKey && variable.getName().equals(name))
			.reduce((first, second) -> second)
			.map(VariableRecordValue::getValue)
			.orElse(null);
	}

	/**
	 * How often the engine accepted an {@code execution_finished} message with this id.
	 */
	long published(String messageId) {
		Iterable<Record<MessageRecordValue>> records = RecordStream.of(this.engine.getRecordStreamSource())
			.messageRecords();
		return StreamSupport.stream(records.spliterator(), false)
			.filter((record) -> record.getIntent() == MessageIntent.PUBLISHED)
			.map(Record::getValue)
			.filter((message) -> message.getName().equals(ExecutionMessages.MESSAGE)
					&& message.getMessageId().equals(messageId))
			.count();
	}

}
