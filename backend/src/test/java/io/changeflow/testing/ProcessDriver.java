package io.changeflow.testing;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Drives processes in the app's embedded engine through the app's own
 * {@link CamundaClient}: start, wait for a job or user task, complete it, and assert the
 * path taken by element ids.
 */
public final class ProcessDriver {

	private static final Duration WAIT = Duration.ofSeconds(10);

	private final CamundaClient client;

	private final ZeebeTestEngine engine;

	private final JdbcTemplate jdbc;

	ProcessDriver(CamundaClient client, ZeebeTestEngine engine, JdbcTemplate jdbc) {
		this.client = client;
		this.engine = engine;
		this.jdbc = jdbc;
	}

	public CamundaClient client() {
		return this.client;
	}

	public ProcessInstanceEvent start(String processId, Map<String, Object> variables) {
		return this.client.newCreateInstanceCommand()
			.bpmnProcessId(processId)
			.latestVersion()
			.variables(variables)
			.send()
			.join();
	}

	/**
	 * Waits until a job of the type is open and activates it, failing after ten seconds.
	 */
	public ActivatedJob awaitJob(String jobType) {
		return await(jobType, (job) -> true, "a job of type '" + jobType + "'");
	}

	/**
	 * Waits until a user task of an instance is open in the element. The app's inbox
	 * worker takes every user task job, so the task is found as its inbox row.
	 * @return the job key to complete it with
	 */
	public long awaitUserTask(ProcessInstanceEvent instance, String elementId) {
		Instant deadline = Instant.now().plus(WAIT);
		while (Instant.now().isBefore(deadline)) {
			List<Long> keys = this.jdbc.queryForList(
					"select job_key from human_task where process_instance_key = ? and element_id = ? and state = 'OPEN'",
					Long.class, instance.getProcessInstanceKey(), elementId);
			if (!keys.isEmpty()) {
				return keys.getFirst();
			}
			sleep();
		}
		throw new AssertionError("Waited " + WAIT + " for a user task in element '" + elementId + "'");
	}

	public void complete(ActivatedJob job, Map<String, Object> variables) {
		complete(job.getKey(), variables);
	}

	public void complete(long jobKey, Map<String, Object> variables) {
		this.client.newCompleteCommand(jobKey).variables(variables).send().join();
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Asserts on the path an instance took, by element ids, once the engine has settled.
	 */
	public ProcessInstanceAssert assertThatInstance(ProcessInstanceEvent instance) {
		settle();
		return new ProcessInstanceAssert(instance.getProcessInstanceKey(),
				RecordStream.of(this.engine.getRecordStreamSource()));
	}

	/**
	 * Moves the engine's clock by the amount (back with a negative one): a test that
	 * moves it forward moves it back when done, or the timers of later tests fire early.
	 */
	public void moveEngineClock(java.time.Duration amount) {
		this.engine.increaseTime(amount);
	}

	public void settle() {
		try {
			this.engine.waitForIdleState(WAIT);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (TimeoutException ex) {
			throw new AssertionError("The engine did not settle within " + WAIT, ex);
		}
	}

	private ActivatedJob await(String jobType, Predicate<ActivatedJob> wanted, String what) {
		Instant deadline = Instant.now().plus(WAIT);
		while (Instant.now().isBefore(deadline)) {
			List<ActivatedJob> jobs = this.client.newActivateJobsCommand()
				.jobType(jobType)
				.maxJobsToActivate(50)
				.timeout(Duration.ofMillis(200))
				.requestTimeout(Duration.ofMillis(500))
				.send()
				.join()
				.getJobs();
			var match = jobs.stream().filter(wanted).findFirst();
			if (match.isPresent()) {
				return match.get();
			}
		}
		throw new AssertionError("Waited " + WAIT + " for " + what);
	}

}
