package io.changeflow.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobWorker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.springframework.util.FileSystemUtils;

/**
 * The app's own BPMN and DMN models on the bare embedded engine, with the engine settings
 * of the default mode (RocksDB state, durable log, fsync) and no-op workers: what the
 * engine alone can do, for the app-versus-engine ratio of the benchmark. One instance is
 * what the app does for a standard change: the change process (filter, classification,
 * schedule check, ready for release), then a release of it (build, test, two acceptances,
 * plan review, start, four waves each deployed and verified, the canary's go, CMDB
 * update, implemented), which ends the change. Executions finish at once (the simulated
 * executor at zero delay); user tasks are completed by the worker the moment they open.
 */
public final class BareEngineRun implements AutoCloseable {

	private static final String USER_TASK = "io.camunda.zeebe:userTask";

	private static final List<String> NO_OP = List.of("change-step", "release-step", "change-classified", "update-cmdb",
			"communicate-release", "send-cab-reminder", "report-backed-out", "resolve-approvers");

	private static final List<String> EXECUTIONS = List.of("build-release", "test-release", "deploy-wave",
			"verify-wave", "backout-wave");

	private static final List<Map<String, Object>> ARTIFACTS = List
		.of(Map.of("name", "checkout-api", "version", "4.2.0", "sha256", "ab".repeat(32)));

	private static final List<Map<String, Object>> WAVES = List.of(wave("test", "test", 100, false),
			wave("staging", "staging", 100, false), wave("prod-canary", "prod", 5, true),
			wave("prod-rest", "prod", 100, false));

	private final Path directory;

	private final DurableEngine engine;

	private final CamundaClient client;

	private final List<JobWorker> workers = new ArrayList<>();

	private final Map<String, Long> startedAt = new ConcurrentHashMap<>();

	private final AtomicLong sequence = new AtomicLong();

	private volatile LongConsumer onClosed = (nanos) -> {
	};

	private BareEngineRun(Path directory, DurableEngine engine, CamundaClient client) {
		this.directory = directory;
		this.engine = engine;
		this.client = client;
	}

	/** Starts an engine on a fresh directory, deploys the models, opens the workers. */
	public static BareEngineRun start() throws Exception {
		Path directory = Files.createTempDirectory("bare-engine");
		EngineSettings settings = EngineSettings.durable(EngineFixture.freePort(), directory, EngineStore.ROCKSDB);
		DurableEngine engine = DurableEngineFactory.create(settings);
		engine.start();
		BareEngineRun run = new BareEngineRun(directory, engine, EngineFixture.client(settings.port()));
		run.deploy();
		run.openWorkers();
		return run;
	}

	/**
	 * Keeps {@code inFlight} standard changes going for the duration.
	 * @return the rate at which they closed and the latency of each (start to close)
	 */
	public Saturation saturate(Duration duration, int inFlight) throws InterruptedException {
		Semaphore slots = new Semaphore(inFlight);
		List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
		long end = System.nanoTime() + duration.toNanos();
		// Every instance started in the phase counts, also one that closes after it.
		this.onClosed = (nanos) -> {
			if (nanos >= 0) {
				latencies.add(nanos);
			}
			slots.release();
		};
		while (System.nanoTime() < end) {
			if (slots.tryAcquire(50, TimeUnit.MILLISECONDS)) {
				startChange();
			}
		}
		// Let the instances still in flight finish, so the next phase starts quiet.
		slots.tryAcquire(inFlight, 60, TimeUnit.SECONDS);
		this.onClosed = (nanos) -> {
		};
		return new Saturation(perSecond(inFlight, latencies), latencies);
	}

	/**
	 * The steady rate of a closed loop that keeps {@code inFlight} instances going with
	 * no pause between them: by Little's law, in flight divided by the mean time one
	 * takes. Unlike counting closings in a window, neither the ramp-up nor closings that
	 * arrive in bursts skew it.
	 */
	public static double perSecond(int inFlight, List<Long> latencies) {
		return latencies.isEmpty() ? 0
				: inFlight / (latencies.stream().mapToLong(Long::longValue).average().orElseThrow() / 1e9);
	}

	private void startChange() {
		String key = "CHG-B%06d".formatted(this.sequence.incrementAndGet());
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30);
		Map<String, Object> variables = new HashMap<>();
		variables.put("changeKey", key);
		variables.put("title", "Restart checkout-api " + key);
		variables.put("requester", "requester");
		variables.put("implementer", "releng");
		variables.put("impact", 3);
		variables.put("urgency", 3);
		variables.put("emergency", false);
		variables.put("standardModel", true);
		variables.put("changeModelId", UUID.randomUUID().toString());
		variables.put("modelCiTypes", List.of("SERVER", "APPLICATION"));
		variables.put("ciKeys", List.of("CI-00009"));
		variables.put("plannedStart", start.toString());
		variables.put("plannedEnd", start.plusHours(1).toString());
		variables.put("run", key + "/1");
		variables.put("informationTimeout", "P5D");
		variables.put("ecabTimeout", "PT1H");
		this.startedAt.put(key, System.nanoTime());
		this.client.newCreateInstanceCommand()
			.bpmnProcessId("change_request")
			.latestVersion()
			.variables(variables)
			.send()
			.exceptionally((failure) -> {
				this.startedAt.remove(key);
				this.onClosed.accept(-1);
				return null;
			});
	}

	private void deploy() {
		var command = this.client.newDeployResourceCommand()
			.addResourceFromClasspath("bpmn/change-request.bpmn")
			.addResourceFromClasspath("bpmn/release.bpmn")
			.addResourceFromClasspath("dmn/change-classification.dmn")
			.addResourceFromClasspath("dmn/change-priority.dmn")
			.addResourceFromClasspath("dmn/cab-policy.dmn");
		command.send().join();
	}

	private void openWorkers() {
		NO_OP.forEach((type) -> worker(type, this::noOp));
		EXECUTIONS.forEach((type) -> worker(type, this::execute));
		worker("filter-rfc", (jobs, job) -> complete(jobs, job, Map.of("filterOutcome", "passed", "ciCriticality",
				"LOW", "ciTypes", List.of("SERVER"), "ownerGroups", List.of(), "leadTimeHours", 72)));
		worker("check-schedule", (jobs, job) -> complete(jobs, job, Map.of("scheduleConflict", false)));
		worker("report-implemented", this::reportImplemented);
		worker(USER_TASK, this::userTask);
	}

	private void worker(String type, io.camunda.client.api.worker.JobHandler handler) {
		this.workers.add(this.client.newWorker().jobType(type).handler((jobs, job) -> {
			if (Boolean.getBoolean("bench.trace")) {
				System.out.println("job " + type + " " + job.getElementId());
			}
			handler.handle(jobs, job);
		}).maxJobsActive(64).timeout(Duration.ofMinutes(10)).streamEnabled(true).open());
	}

	private void noOp(JobClient jobs, ActivatedJob job) {
		if ("change-step".equals(job.getType()) && "change_closed".equals(job.getElementId())) {
			Long started = this.startedAt.remove((String) job.getVariable("changeKey"));
			if (started != null) {
				this.onClosed.accept(System.nanoTime() - started);
			}
		}
		complete(jobs, job, Map.of());
	}

	/** As the simulated executor at zero delay: started, then finished at once. */
	private void execute(JobClient jobs, ActivatedJob job) {
		String executionId = UUID.randomUUID().toString();
		jobs.newCompleteCommand(job).variables(Map.of("executionId", executionId)).send().thenRun(() -> {
			Map<String, Object> result = Map.of("deployed", ARTIFACTS, "healthy", true, "passed", 1, "failed", 0,
					"errorRate", 0.0, "errorBudget", 0.01);
			this.client.newPublishMessageCommand()
				.messageName("execution_finished")
				.correlationKey(executionId)
				.timeToLive(Duration.ofHours(1))
				.variables(Map.of("executionStatus", "SUCCEEDED", "executionResult", result))
				.send();
		});
	}

	private void reportImplemented(JobClient jobs, ActivatedJob job) {
		@SuppressWarnings("unchecked")
		List<String> changes = (List<String>) job.getVariable("changeKeys");
		changes.forEach((change) -> this.client.newPublishMessageCommand()
			.messageName("change_implemented")
			.correlationKey(change)
			.messageId("implemented-" + change)
			.timeToLive(Duration.ofHours(1))
			.send()
			.join());
		complete(jobs, job, Map.of());
	}

	/**
	 * A person at once. Ready-for-release is not completed: like the app, the release's
	 * "implemented" message ends it; the worker starts that release instead.
	 */
	private void userTask(JobClient jobs, ActivatedJob job) {
		switch (job.getElementId()) {
			case "ready_for_release" -> startRelease((String) job.getVariable("changeKey"));
			case "accept_release" -> complete(jobs, job, Map.of("decision", "accept"));
			case "review_rollout_plan" -> complete(jobs, job, Map.of("decision", "approve"));
			case "start_rollout" -> complete(jobs, job, Map.of("decision", "start"));
			case "go_no_go" -> complete(jobs, job, Map.of("decision", "go"));
			default -> throw new IllegalStateException("The standard path has no user task " + job.getElementId());
		}
	}

	private void startRelease(String changeKey) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("releaseKey", "REL-" + changeKey);
		variables.put("title", "Release of " + changeKey);
		variables.put("builder", "releng");
		variables.put("implementer", "releng");
		variables.put("changeKeys", List.of(changeKey));
		variables.put("waves", WAVES);
		variables.put("artifacts", ARTIFACTS);
		variables.put("deployedWaves", List.of());
		this.client.newCreateInstanceCommand().bpmnProcessId("release").latestVersion().variables(variables).send();
	}

	private static void complete(JobClient jobs, ActivatedJob job, Map<String, Object> variables) {
		jobs.newCompleteCommand(job).variables(variables).send();
	}

	private static Map<String, Object> wave(String name, String environment, int percent, boolean manualGate) {
		return Map.of("name", name, "environment", environment, "percent", percent, "manualGate", manualGate,
				"simulatedFailureRate", 0.0);
	}

	/**
	 * A saturation phase.
	 *
	 * @param perSecond instances closed per second, steady
	 * @param latencies each instance from start to closed, in nanoseconds
	 */
	public record Saturation(double perSecond, List<Long> latencies) {
	}

	@Override
	public void close() {
		this.workers.forEach(JobWorker::close);
		this.client.close();
		this.engine.stop();
		FileSystemUtils.deleteRecursively(this.directory.toFile());
	}

}
