package io.changeflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A kill -9 of the engine's JVM, in the middle of a burst of requests, loses nothing the
 * engine acknowledged.
 */
class EngineCrashTests {

	@TempDir
	Path directory;

	@ParameterizedTest
	@EnumSource(EngineStore.class)
	void aKillLosesNothingAcknowledged(EngineStore store) throws Exception {
		int port = EngineFixture.freePort();
		Set<Long> created = ConcurrentHashMap.newKeySet();
		List<ActivatedJob> taken;
		Set<Long> completed = ConcurrentHashMap.newKeySet();
		Process engine = startEngine(port, store);
		try (CamundaClient client = EngineFixture.client(port)) {
			client.newDeployResourceCommand()
				.addProcessModel(EngineFixture.models().get(2), "plain.bpmn")
				.send()
				.join();
			for (int i = 0; i < 50; i++) {
				created.add(create(client).join());
			}
			taken = activate(client, 20);
			for (ActivatedJob job : taken.subList(0, 10)) {
				client.newCompleteCommand(job.getKey()).send().join();
				completed.add(job.getKey());
			}
			// A burst in flight when the engine dies: only the acknowledged ones count.
			List<CompletableFuture<Long>> burst = new ArrayList<>();
			for (int i = 0; i < 400; i++) {
				burst.add(create(client).thenApply((key) -> {
					created.add(key);
					return key;
				}));
			}
			// Kill once more than 70 of the burst are acknowledged (answers arrive in any
			// order, so wait for the count, not for one of them), with the rest in
			// flight.
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
			while (created.size() <= 120 && System.nanoTime() < deadline) {
				Thread.onSpinWait();
			}
			engine.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		assertThat(created).hasSizeGreaterThan(120);
		assertThat(created).as("killed with creates still in flight").hasSizeLessThan(450);
		Set<Long> acknowledged = Set.copyOf(created);

		engine = startEngine(port, store);
		try (CamundaClient client = EngineFixture.client(port)) {
			for (ActivatedJob job : taken.subList(10, 20)) {
				client.newCompleteCommand(job.getKey()).send().join();
			}
			for (long completedJob : completed) {
				assertThatThrownBy(() -> client.newCompleteCommand(completedJob).send().join())
					.hasMessageContaining("NOT_FOUND");
			}
			Set<Long> waiting = new java.util.HashSet<>();
			for (List<ActivatedJob> page = activate(client, 50); !page.isEmpty(); page = activate(client, 50)) {
				page.forEach((job) -> waiting.add(job.getProcessInstanceKey()));
			}
			Set<Long> expected = acknowledged.stream()
				.filter((key) -> taken.stream().noneMatch((job) -> job.getProcessInstanceKey() == key))
				.collect(Collectors.toSet());
			assertThat(waiting).as("every acknowledged instance still waits in its job").containsAll(expected);
			long highest = waiting.stream().mapToLong(Long::longValue).max().orElseThrow();
			assertThat(create(client).join()).as("no key handed out again").isGreaterThan(highest);
		}
		finally {
			engine.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static CompletableFuture<Long> create(CamundaClient client) {
		return client.newCreateInstanceCommand()
			.bpmnProcessId(EngineFixture.PLAIN)
			.latestVersion()
			.send()
			.toCompletableFuture()
			.thenApply((instance) -> instance.getProcessInstanceKey());
	}

	private static List<ActivatedJob> activate(CamundaClient client, int max) {
		return client.newActivateJobsCommand()
			.jobType("task")
			.maxJobsToActivate(max)
			.timeout(java.time.Duration.ofMinutes(10))
			.send()
			.join()
			.getJobs();
	}

	private Process startEngine(int port, EngineStore store) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				EngineProcessMain.class.getName(), this.directory.toString(), Integer.toString(port), store.name())
			.redirectErrorStream(true)
			.start();
		var output = new BufferedReader(new InputStreamReader(process.getInputStream()));
		String line;
		while ((line = output.readLine()) != null) {
			if (line.equals("READY")) {
				Thread.ofVirtual().start(() -> output.lines().forEach((l) -> {
				}));
				return process;
			}
		}
		throw new IllegalStateException("The engine process ended before it was ready");
	}

}
