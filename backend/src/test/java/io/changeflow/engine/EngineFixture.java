package io.changeflow.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * An engine on a directory and a client for it, plus the models the engine tests and the
 * benchmark drive.
 */
final class EngineFixture implements AutoCloseable {

	/**
	 * Waits in "work" (a job); a timer on it leads to "escalate" after {@link #TIMER}.
	 */
	static final String WORK = "durable_work";

	/**
	 * Waits for the message "go" correlated by the variable {@code key}, then "after".
	 */
	static final String MESSAGE = "durable_message";

	/** Waits in "task" (a job) until completed, with no timer. */
	static final String PLAIN = "durable_plain";

	static final Duration TIMER = Duration.ofSeconds(6);

	final DurableEngine engine;

	final CamundaClient client;

	private EngineFixture(DurableEngine engine, int port) {
		this.engine = engine;
		this.client = client(port);
	}

	static EngineFixture start(EngineSettings settings) {
		DurableEngine engine = DurableEngineFactory.create(settings);
		engine.start();
		return new EngineFixture(engine, settings.port());
	}

	static CamundaClient client(int port) {
		return CamundaClient.newClientBuilder()
			.grpcAddress(URI.create("http://127.0.0.1:" + port))
			.preferRestOverGrpc(false)
			.defaultRequestTimeout(Duration.ofSeconds(30))
			.build();
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static EngineSettings settings(Path directory, EngineStore store) {
		return EngineSettings.durable(freePort(), directory, store);
	}

	static List<BpmnModelInstance> models() {
		BpmnModelInstance work = Bpmn.createExecutableProcess(WORK)
			.startEvent()
			.serviceTask("work", (task) -> task.zeebeJobType("work"))
			.boundaryEvent("too_late", (timer) -> timer.timerWithDuration(TIMER.toString()))
			.serviceTask("escalate", (task) -> task.zeebeJobType("escalate"))
			.endEvent()
			.moveToActivity("work")
			.endEvent()
			.done();
		BpmnModelInstance message = Bpmn.createExecutableProcess(MESSAGE)
			.startEvent()
			.intermediateCatchEvent("wait_go",
					(event) -> event.message((m) -> m.name("go").zeebeCorrelationKeyExpression("key")))
			.serviceTask("after", (task) -> task.zeebeJobType("after"))
			.endEvent()
			.done();
		BpmnModelInstance plain = Bpmn.createExecutableProcess(PLAIN)
			.startEvent()
			.serviceTask("task", (task) -> task.zeebeJobType("task"))
			.endEvent()
			.done();
		return List.of(work, message, plain);
	}

	void deploy() {
		var command = this.client.newDeployResourceCommand().addProcessModel(models().get(0), "work.bpmn");
		command.addProcessModel(models().get(1), "message.bpmn").send().join();
	}

	List<ActivatedJob> activate(String type, int max) {
		return this.client.newActivateJobsCommand()
			.jobType(type)
			.maxJobsToActivate(max)
			.timeout(Duration.ofMinutes(10))
			.requestTimeout(Duration.ofSeconds(1))
			.send()
			.join()
			.getJobs();
	}

	@Override
	public void close() {
		this.client.close();
		this.engine.stop();
	}

}
