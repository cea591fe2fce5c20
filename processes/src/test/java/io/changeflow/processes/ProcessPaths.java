package io.changeflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.filters.ProcessInstanceRecordStreamFilter;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Drives a process through one path in the in-memory engine: start it, complete the
 * service and user tasks it waits in, fire messages and timers, and wait until the engine
 * has nothing left to do after each step, so assertions see a settled state. Tests name
 * elements by id, never by label.
 *
 * <p>
 * zeebe-process-test injects the legacy {@link ZeebeClient}; it talks to the same engine
 * the app's {@code CamundaClient} does.
 */
public final class ProcessPaths {

	/** The job type of job-worker-based user tasks. */
	public static final String USER_TASK_JOB = "io.camunda.zeebe:userTask";

	private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);

	private final ZeebeTestEngine engine;

	private final ZeebeClient client;

	private final Set<String> autoCompleted = new LinkedHashSet<>();

	public ProcessPaths(ZeebeTestEngine engine, ZeebeClient client) {
		this.engine = engine;
		this.client = client;
	}

	/**
	 * Completes jobs of these types by itself whenever the engine settles, e.g. the
	 * execution listeners that only record steps for the app, so tests can stay about the
	 * path.
	 */
	public ProcessPaths autoComplete(String... jobTypes) {
		this.autoCompleted.addAll(List.of(jobTypes));
		return this;
	}

	/**
	 * Deploys every BPMN and DMN model the app deploys (src/main/resources/bpmn and dmn).
	 */
	public ProcessPaths deployAppModels() {
		var deploy = this.client.newDeployResourceCommand().addResourceFile(modelFiles().getFirst().toString());
		modelFiles().stream().skip(1).forEach((file) -> deploy.addResourceFile(file.toString()));
		// generous: the machine running the tests may be busy and the deployment is large
		deploy.requestTimeout(Duration.ofMinutes(1)).send().join();
		return idle();
	}

	/** Deploys test fixtures from the test classpath. */
	public ProcessPaths deployResources(String... classpathResources) {
		var deploy = this.client.newDeployResourceCommand().addResourceFromClasspath(classpathResources[0]);
		for (int i = 1; i < classpathResources.length; i++) {
			deploy.addResourceFromClasspath(classpathResources[i]);
		}
		deploy.send().join();
		return idle();
	}

	public ProcessInstanceEvent start(String processId, Map<String, Object> variables) {
		ProcessInstanceEvent instance = this.client.newCreateInstanceCommand()
			.bpmnProcessId(processId)
			.latestVersion()
			.variables(variables)
			.send()
			.join();
		idle();
		return instance;
	}

	/**
	 * Completes the one open job of a service task type, failing the test when there is
	 * none.
	 */
	public ActivatedJob completeJob(String jobType, Map<String, Object> variables) {
		ActivatedJob job = singleJob(jobType);
		this.client.newCompleteCommand(job).variables(variables).send().join();
		idle();
		return job;
	}

	/**
	 * Throws a BPMN error from the one open job of a type (a business outcome such as a
	 * veto).
	 */
	public ActivatedJob throwError(String jobType, String errorCode, Map<String, Object> variables) {
		ActivatedJob job = singleJob(jobType);
		this.client.newThrowErrorCommand(job).errorCode(errorCode).variables(variables).send().join();
		idle();
		return job;
	}

	/**
	 * Completes the open user task waiting in an element, failing the test when there is
	 * none.
	 */
	public ActivatedJob completeUserTask(String elementId, Map<String, Object> variables) {
		return completeUserTask(elementId, (task) -> true, variables);
	}

	/**
	 * Completes the open user task of an element that matches, e.g. the CAB vote of one
	 * approver; the other open tasks are handed back untouched.
	 */
	public ActivatedJob completeUserTask(String elementId, Predicate<ActivatedJob> which,
			Map<String, Object> variables) {
		List<ActivatedJob> open = activate(USER_TASK_JOB, 100);
		ActivatedJob task = open.stream()
			.filter((job) -> job.getElementId().equals(elementId) && which.test(job))
			.findFirst()
			.orElse(null);
		open.stream()
			.filter((job) -> job != task)
			.forEach((job) -> this.client.newFailCommand(job).retries(job.getRetries()).send().join());
		if (task == null) {
			throw new AssertionError("No matching open user task in element '" + elementId + "'");
		}
		this.client.newCompleteCommand(task).variables(variables).send().join();
		idle();
		return task;
	}

	/**
	 * The open user tasks of an element, without taking them: they are activated and
	 * handed back at once (failed with their retries unchanged), so the next call can
	 * still complete them.
	 */
	public List<ActivatedJob> openUserTasks(String elementId) {
		List<ActivatedJob> tasks = activate(USER_TASK_JOB, 100);
		tasks.forEach((task) -> this.client.newFailCommand(task).retries(task.getRetries()).send().join());
		settle();
		return tasks.stream().filter((job) -> job.getElementId().equals(elementId)).toList();
	}

	public ProcessPaths publishMessage(String name, String correlationKey, Map<String, Object> variables) {
		this.client.newPublishMessageCommand()
			.messageName(name)
			.correlationKey(correlationKey)
			.variables(variables)
			.send()
			.join();
		return idle();
	}

	/** Sets variables on the process instance scope, as the app does before a step. */
	public ProcessPaths setVariables(ProcessInstanceEvent instance, Map<String, Object> variables) {
		this.client.newSetVariablesCommand(instance.getProcessInstanceKey()).variables(variables).send().join();
		return idle();
	}

	/**
	 * The elements an instance entered, in order; unlike "passed", this includes error
	 * end events, which are entered but never completed. A multi-instance activity
	 * appears for its body and again for each instance.
	 */
	public List<String> enteredElements(ProcessInstanceEvent instance) {
		return new ProcessInstanceRecordStreamFilter(BpmnAssert.getRecordStream().processInstanceRecords())
			.withProcessInstanceKey(instance.getProcessInstanceKey())
			.withRecordType(RecordType.EVENT)
			.withIntent(ProcessInstanceIntent.ELEMENT_ACTIVATED)
			.stream()
			.map((record) -> record.getValue())
			.filter((element) -> element.getBpmnElementType() != BpmnElementType.PROCESS)
			.map((element) -> element.getElementId())
			.toList();
	}

	/** Moves the engine clock forward, so due timers fire. */
	public ProcessPaths passTime(Duration duration) {
		this.engine.increaseTime(duration);
		return idle();
	}

	/** Evaluates a deployed decision and returns its output as JSON. */
	public String evaluateDecision(String decisionId, Map<String, Object> variables) {
		return this.client.newEvaluateDecisionCommand()
			.decisionId(decisionId)
			.variables(variables)
			.send()
			.join()
			.getDecisionOutput();
	}

	private ActivatedJob singleJob(String jobType) {
		List<ActivatedJob> jobs = activate(jobType, 1);
		assertThat(jobs).as("open jobs of type '%s'", jobType).isNotEmpty();
		return jobs.getFirst();
	}

	private List<ActivatedJob> activate(String jobType, int max) {
		return this.client.newActivateJobsCommand()
			.jobType(jobType)
			.maxJobsToActivate(max)
			.timeout(Duration.ofMillis(100))
			.requestTimeout(Duration.ofSeconds(1))
			.send()
			.join()
			.getJobs();
	}

	private ProcessPaths idle() {
		settle();
		boolean completedSome = true;
		while (completedSome) {
			completedSome = false;
			for (String type : this.autoCompleted) {
				for (ActivatedJob job : activate(type, 100)) {
					this.client.newCompleteCommand(job).send().join();
					completedSome = true;
				}
			}
			settle();
		}
		return this;
	}

	private void settle() {
		try {
			this.engine.waitForIdleState(IDLE_TIMEOUT);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (TimeoutException ex) {
			throw new AssertionError("The engine did not settle within " + IDLE_TIMEOUT, ex);
		}
	}

	private static List<Path> modelFiles() {
		try {
			Path root = Path.of(ProcessPaths.class.getResource("/dmn").toURI()).getParent();
			try (Stream<Path> files = Files.walk(root)) {
				return files.filter((file) -> file.toString().endsWith(".bpmn") || file.toString().endsWith(".dmn"))
					.sorted()
					.toList();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
