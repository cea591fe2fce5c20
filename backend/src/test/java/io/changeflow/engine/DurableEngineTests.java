package io.changeflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A graceful restart keeps instances, jobs (same keys), timers (same due dates), message
 * subscriptions and the key generator, with either state store.
 */
class DurableEngineTests {

	@TempDir
	Path directory;

	@ParameterizedTest
	@EnumSource(EngineStore.class)
	void aRestartKeepsEverything(EngineStore store) throws Exception {
		EngineSettings settings = EngineFixture.settings(this.directory, store);
		long timedStarted;
		long restartBegan;
		long waitingKey;
		long timedKey;
		long highestKey;
		ActivatedJob job;
		try (EngineFixture before = EngineFixture.start(settings)) {
			before.deploy();
			long workKey = start(before, EngineFixture.WORK, Map.of());
			job = before.activate("work", 1).getFirst();
			assertThat(job.getProcessInstanceKey()).isEqualTo(workKey);
			waitingKey = start(before, EngineFixture.MESSAGE, Map.of("key", "k1"));
			timedStarted = System.currentTimeMillis();
			timedKey = start(before, EngineFixture.WORK, Map.of());
			highestKey = Math.max(timedKey, job.getKey());
			// The engine stays down long enough that a timer started anew would fire
			// late.
			restartBegan = System.currentTimeMillis();
		}
		Thread.sleep(2000);
		try (EngineFixture after = EngineFixture.start(settings)) {
			after.client.newCompleteCommand(job.getKey()).send().join();
			assertThatThrownBy(() -> after.client.newCompleteCommand(job.getKey()).send().join())
				.isInstanceOf(ClientStatusException.class)
				.hasMessageContaining("NOT_FOUND");

			after.client.newPublishMessageCommand().messageName("go").correlationKey("k1").send().join();
			assertThat(awaitJob(after, "after", Duration.ofSeconds(10)).getProcessInstanceKey()).isEqualTo(waitingKey);

			ActivatedJob escalation = awaitJob(after, "escalate", Duration.ofSeconds(30));
			long firedAt = System.currentTimeMillis();
			assertThat(escalation.getProcessInstanceKey()).isEqualTo(timedKey);
			assertThat(firedAt).as("fired when due, not earlier")
				.isGreaterThanOrEqualTo(timedStarted + EngineFixture.TIMER.toMillis());
			assertThat(firedAt).as("fired at its original due date, not a timer started anew")
				.isLessThan(restartBegan + 2000 + EngineFixture.TIMER.toMillis());
			// The work job of the timed instance was cancelled by the timer; it was never
			// taken.
			assertThat(after.activate("work", 10)).isEmpty();

			long newKey = start(after, EngineFixture.WORK, Map.of());
			assertThat(newKey).as("keys are not handed out again").isGreaterThan(highestKey);
			assertThat(after.activate("work", 1).getFirst().getKey()).isGreaterThan(highestKey);
		}
	}

	static long start(EngineFixture fixture, String process, Map<String, Object> variables) {
		return fixture.client.newCreateInstanceCommand()
			.bpmnProcessId(process)
			.latestVersion()
			.variables(variables)
			.send()
			.join()
			.getProcessInstanceKey();
	}

	static ActivatedJob awaitJob(EngineFixture fixture, String type, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			List<ActivatedJob> jobs = fixture.activate(type, 1);
			if (!jobs.isEmpty()) {
				return jobs.getFirst();
			}
			Thread.sleep(50);
		}
		throw new AssertionError("No " + type + " job within " + timeout);
	}

}
