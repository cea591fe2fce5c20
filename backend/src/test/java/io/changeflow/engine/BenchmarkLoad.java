package io.changeflow.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load the benchmark drives: a short process for throughput, a user-task-like wait to
 * pile up open instances, and a two-step process for the latency of "complete a job, the
 * next job arrives".
 */
final class BenchmarkLoad implements AutoCloseable {

	private static final int IN_FLIGHT = 64;

	private final CamundaClient client;

	private final List<JobWorker> workers = new ArrayList<>();

	private final BlockingQueue<Long> nextJobArrivals = new ArrayBlockingQueue<>(16);

	BenchmarkLoad(CamundaClient client) {
		this.client = client;
	}

	void deploy() {
		var shortProcess = Bpmn.createExecutableProcess("bench_short")
			.startEvent()
			.serviceTask("a", (t) -> t.zeebeJobType("bench-a"))
			.serviceTask("b", (t) -> t.zeebeJobType("bench-b"))
			.serviceTask("c", (t) -> t.zeebeJobType("bench-c"))
			.endEvent()
			.done();
		var open = Bpmn.createExecutableProcess("bench_open")
			.startEvent()
			.serviceTask("hold", (t) -> t.zeebeJobType("io.camunda.zeebe:userTask"))
			.endEvent()
			.done();
		var latency = Bpmn.createExecutableProcess("bench_latency")
			.startEvent()
			.serviceTask("review", (t) -> t.zeebeJobType("bench-review"))
			.serviceTask("next", (t) -> t.zeebeJobType("bench-next"))
			.endEvent()
			.done();
		this.client.newDeployResourceCommand()
			.addProcessModel(shortProcess, "short.bpmn")
			.addProcessModel(open, "open.bpmn")
			.addProcessModel(latency, "latency.bpmn")
			.send()
			.join();
		for (String type : List.of("bench-a", "bench-b", "bench-c")) {
			this.workers.add(this.client.newWorker()
				.jobType(type)
				.handler((jobClient, job) -> jobClient.newCompleteCommand(job.getKey()).send())
				.streamEnabled(true)
				.maxJobsActive(64)
				.open());
		}
		this.workers.add(this.client.newWorker().jobType("bench-next").handler((jobClient, job) -> {
			this.nextJobArrivals.add(System.nanoTime());
			jobClient.newCompleteCommand(job.getKey()).send();
		}).streamEnabled(true).open());
	}

	/**
	 * Starts instances that wait in a user task, {@link #IN_FLIGHT} requests at a time.
	 */
	void openInstances(int count) throws InterruptedException {
		Semaphore permits = new Semaphore(IN_FLIGHT);
		for (int i = 0; i < count; i++) {
			permits.acquire();
			this.client.newCreateInstanceCommand()
				.bpmnProcessId("bench_open")
				.latestVersion()
				.send()
				.whenComplete((result, failure) -> permits.release());
		}
		permits.acquire(IN_FLIGHT);
	}

	/**
	 * Instances of the short process completed per second, start to end, at saturation.
	 */
	double throughput(Duration duration) throws InterruptedException {
		Semaphore permits = new Semaphore(IN_FLIGHT);
		AtomicLong completed = new AtomicLong();
		long end = System.nanoTime() + duration.toNanos();
		long started = System.nanoTime();
		while (System.nanoTime() < end) {
			permits.acquire();
			this.client.newCreateInstanceCommand()
				.bpmnProcessId("bench_short")
				.latestVersion()
				.withResult()
				.requestTimeout(Duration.ofMinutes(1))
				.send()
				.whenComplete((result, failure) -> {
					if (failure == null) {
						completed.incrementAndGet();
					}
					permits.release();
				});
		}
		permits.acquire(IN_FLIGHT);
		return completed.get() / ((System.nanoTime() - started) / 1e9);
	}

	/**
	 * Milliseconds from "complete the review job" to "the next job reached its worker".
	 */
	double[] latencies(int samples) throws InterruptedException {
		for (int i = 0; i < samples; i++) {
			this.client.newCreateInstanceCommand().bpmnProcessId("bench_latency").latestVersion().send().join();
		}
		List<ActivatedJob> reviews = new ArrayList<>();
		while (reviews.size() < samples) {
			reviews.addAll(this.client.newActivateJobsCommand()
				.jobType("bench-review")
				.maxJobsToActivate(samples - reviews.size())
				.timeout(Duration.ofMinutes(30))
				.send()
				.join()
				.getJobs());
		}
		double[] millis = new double[samples];
		for (int i = 0; i < samples; i++) {
			long before = System.nanoTime();
			this.client.newCompleteCommand(reviews.get(i).getKey()).send().join();
			Long arrived = this.nextJobArrivals.poll(30, TimeUnit.SECONDS);
			if (arrived == null) {
				throw new IllegalStateException("The next job never arrived");
			}
			millis[i] = (arrived - before) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	static double percentile(double[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
	}

	@Override
	public void close() {
		this.workers.forEach(JobWorker::close);
	}

}
