package io.changeflow.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where the engine runs. The embedded engine keeps its files under
 * {@code ${changeflow.data-dir}/engine}.
 *
 * @param embedded start a Zeebe engine inside the app (default mode); false in prod
 * @param port the gRPC port of the embedded engine, bound to 127.0.0.1 only
 * @param store where the embedded engine keeps its state: {@code rocksdb} (default,
 * faster) or {@code memory}
 * @param durable keep the engine's log on disk so a restart, even a crash, keeps every
 * process instance, job, timer and key; false gives the old in-memory engine that forgets
 * @param fsync force every log append to disk before the engine acknowledges; false still
 * survives a crash of the app (the OS holds the data), not of the machine
 * @param segmentSize the size of one log file; older ones are deleted once the RocksDB
 * state no longer needs them
 */
@ConfigurationProperties("changeflow.engine")
public record EngineProperties(boolean embedded, int port, @DefaultValue("rocksdb") EngineStore store,
		@DefaultValue("true") boolean durable, @DefaultValue("true") boolean fsync,
		@DefaultValue("64MB") DataSize segmentSize) {
}
