package io.changeflow.engine;

import io.camunda.zeebe.db.ZeebeDb;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * Keeps the log from growing forever with the RocksDB store. Each time the log starts a
 * new segment: read the last processed position, flush the state to disk (a RocksDB
 * checkpoint flushes the memtables; we delete the checkpoint right away), then delete the
 * segments that lie wholly before that position. A restart, even after a power loss,
 * opens a state at least that far along and replays only what follows.
 */
final class LogCompaction implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(LogCompaction.class);

	private final ExecutorService executor = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("engine-log-compaction").daemon().factory());

	private final FileLogStorage storage;

	private final DurableEngine engine;

	private final ZeebeDb<?> database;

	private final Path checkpoint;

	LogCompaction(FileLogStorage storage, DurableEngine engine, ZeebeDb<?> database, Path directory) {
		this.storage = storage;
		this.engine = engine;
		this.database = database;
		this.checkpoint = directory.resolve("flush-checkpoint");
		// The roll happens inside the log's append: compact on our own thread.
		storage.onRoll(() -> this.executor.execute(this::compact));
	}

	void compact() {
		try {
			long processed = this.engine.lastProcessedPosition();
			if (processed <= 0) {
				return;
			}
			FileSystemUtils.deleteRecursively(this.checkpoint);
			this.database.createSnapshot(this.checkpoint.toFile());
			FileSystemUtils.deleteRecursively(this.checkpoint);
			int deleted = this.storage.deleteBefore(processed);
			log.debug("Deleted {} engine log segments before position {}", deleted, processed);
		}
		catch (IOException | RuntimeException ex) {
			// Harmless: the segments stay until the next roll.
			log.warn("Could not compact the engine log", ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.executor.shutdown();
		this.executor.awaitTermination(1, TimeUnit.MINUTES);
	}

}
