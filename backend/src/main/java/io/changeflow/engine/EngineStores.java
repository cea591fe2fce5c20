package io.changeflow.engine;

import io.camunda.zeebe.db.AccessMetricsConfiguration;
import io.camunda.zeebe.db.ConsistencyChecksSettings;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.db.impl.rocksdb.RocksDbConfiguration;
import io.camunda.zeebe.db.impl.rocksdb.ZeebeRocksDbFactory;
import io.camunda.zeebe.db.impl.rocksdb.ZeebeRocksDbFactory.SharedRocksDbResources;
import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.process.test.engine.db.InMemoryDbFactory;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.util.FileSystemUtils;

/**
 * Opens the engine's state store and checks it fits the log it will be rebuilt from.
 */
final class EngineStores {

	/**
	 * Enough for an app's worth of instances; Zeebe's default (512 MB) sizes a broker.
	 */
	private static final long ROCKSDB_MEMORY = 64L * 1024 * 1024;

	private EngineStores() {
	}

	/**
	 * RocksDB keeps its write-ahead log on (Zeebe turns it off because it recovers from
	 * snapshots): committed state then survives a kill -9 in the OS's page cache, so a
	 * restart replays only the commands not yet processed. It is not forced to disk: our
	 * own log is, and it is written before the state commits, so after a power loss the
	 * state is an older consistent point that replay brings forward, never ahead of the
	 * log.
	 */
	static ZeebeDb<ZbColumnFamilies> open(EngineSettings settings, boolean logEmpty) {
		if (settings.store() == EngineStore.MEMORY) {
			return new InMemoryDbFactory<ZbColumnFamilies>().createDb();
		}
		Path state = settings.directory().resolve("state");
		try {
			if (!settings.durable() || logEmpty) {
				// Without its log the old state would describe records that are gone, and
				// the
				// log would hand out positions the state thinks it has processed.
				FileSystemUtils.deleteRecursively(state);
			}
			Files.createDirectories(state);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		RocksDbConfiguration configuration = new RocksDbConfiguration().setWalDisabled(false)
			.setMemoryLimit(ROCKSDB_MEMORY);
		var factory = new ZeebeRocksDbFactory<ZbColumnFamilies>(configuration, new ConsistencyChecksSettings(),
				new AccessMetricsConfiguration(AccessMetricsConfiguration.Kind.NONE, ProcessTestParts.PARTITION),
				SimpleMeterRegistry::new, SharedRocksDbResources.allocate(ROCKSDB_MEMORY), 1);
		// false: flush the memtables when closing, so a graceful stop leaves no replay
		// work.
		return factory.createDb(state.toFile(), false);
	}

	static LogStorage inMemoryLog() {
		try {
			var type = Class.forName("io.camunda.zeebe.process.test.engine.InMemoryLogStorage");
			var constructor = type.getDeclaredConstructor();
			constructor.setAccessible(true);
			return (LogStorage) constructor.newInstance();
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("zeebe-process-test changed; cannot build the in-memory log", ex);
		}
	}

	/**
	 * The in-memory store rebuilds everything from the first record: it cannot start on a
	 * log whose oldest segments were deleted after a RocksDB run.
	 */
	static void requireReplayableLog(EngineSettings settings, LogStorage storage) {
		if (settings.store() != EngineStore.MEMORY || !(storage instanceof FileLogStorage file)) {
			return;
		}
		if (file.firstPosition() > 1) {
			throw new IllegalStateException("The engine log in " + settings.directory()
					+ " was compacted by the rocksdb store; the memory store needs it whole. Use "
					+ "changeflow.engine.store=rocksdb, or move the engine directory away to start empty.");
		}
	}

}
