package io.changeflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.camunda.client.api.response.ActivatedJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the RocksDB store the log drops the segments the state no longer needs, and the
 * engine still restarts with everything.
 */
class LogCompactionTests {

	@TempDir
	Path directory;

	@Test
	void oldSegmentsGoAndARestartKeepsEverything() throws Exception {
		EngineSettings settings = EngineFixture.settings(this.directory, EngineStore.ROCKSDB)
			.withSegmentBytes(32 * 1024);
		Set<Long> created = new HashSet<>();
		try (EngineFixture fixture = EngineFixture.start(settings)) {
			fixture.client.newDeployResourceCommand()
				.addProcessModel(EngineFixture.models().get(2), "plain.bpmn")
				.send()
				.join();
			for (int i = 0; i < 300; i++) {
				created.add(DurableEngineTests.start(fixture, EngineFixture.PLAIN, Map.of()));
			}
			Thread.sleep(500);
		}
		assertThat(segments()).as("most segments were deleted").isBetween(1L, 3L);
		assertThat(Files.exists(this.directory.resolve("log/00000000000000000001.log"))).isFalse();

		try (EngineFixture fixture = EngineFixture.start(settings)) {
			Set<Long> waiting = new HashSet<>();
			for (List<ActivatedJob> page = fixture.activate("task", 50); !page.isEmpty(); page = fixture
				.activate("task", 50)) {
				page.forEach((job) -> waiting.add(job.getProcessInstanceKey()));
			}
			assertThat(waiting).isEqualTo(created);
		}
		EngineSettings memory = new EngineSettings(settings.port(), this.directory, EngineStore.MEMORY, true, true,
				settings.segmentBytes());
		assertThatIllegalStateException().isThrownBy(() -> DurableEngineFactory.create(memory))
			.withMessageContaining("compacted");
	}

	private long segments() throws IOException {
		try (Stream<Path> files = Files.list(this.directory.resolve("log"))) {
			return files.filter((file) -> file.toString().endsWith(".log")).count();
		}
	}

}
