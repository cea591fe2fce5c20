package io.changeflow.engine;

import java.nio.file.Path;

/**
 * How to build the embedded engine (see {@link EngineProperties} for the meaning of
 * each).
 *
 * @param port the gRPC port, bound to 127.0.0.1
 * @param directory where the log and the state live
 * @param store where the engine keeps its state
 * @param durable keep the log on disk, so a restart keeps everything
 * @param fsync force each log append to disk before the engine goes on
 * @param segmentBytes the size at which the log starts a new segment file
 */
record EngineSettings(int port, Path directory, EngineStore store, boolean durable, boolean fsync, long segmentBytes) {

	static final long DEFAULT_SEGMENT_BYTES = 64L * 1024 * 1024;

	static EngineSettings durable(int port, Path directory, EngineStore store) {
		return new EngineSettings(port, directory, store, true, true, DEFAULT_SEGMENT_BYTES);
	}

	EngineSettings withSegmentBytes(long bytes) {
		return new EngineSettings(this.port, this.directory, this.store, this.durable, this.fsync, bytes);
	}

	EngineSettings withFsync(boolean force) {
		return new EngineSettings(this.port, this.directory, this.store, this.durable, force, this.segmentBytes);
	}

}
