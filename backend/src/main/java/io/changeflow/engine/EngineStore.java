package io.changeflow.engine;

/**
 * Where the embedded engine keeps its state (process instances, jobs, timers, keys).
 */
public enum EngineStore {

	/**
	 * zeebe-process-test's in-memory maps. With a durable log the state is rebuilt by
	 * replaying the whole log at start, so the log is never compacted.
	 */
	MEMORY,

	/**
	 * Zeebe's own RocksDB store on disk. It remembers the last position it processed: a
	 * start replays only what follows, and older log segments can be deleted.
	 */
	ROCKSDB

}
