package io.changeflow.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A throwaway PostgreSQL 17 (embedded, loopback) for the benchmarks that measure the
 * database alone. Its directories are world-writable: started as root, PostgreSQL runs as
 * nobody.
 */
public final class BenchPostgres {

	private BenchPostgres() {
	}

	/**
	 * Starts one.
	 * @param name names its temporary directory
	 * @param settings server settings, e.g. {@code shared_buffers}
	 * @return the running server; close it to stop it
	 */
	public static EmbeddedPostgres start(String name, Map<String, String> settings) throws IOException {
		Path dir = Files.createTempDirectory(name);
		dir.toFile().setWritable(true, false);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(Files.createDirectories(dir.resolve("data")))
			.setOverrideWorkingDirectory(Files.createDirectories(dir.resolve("runtime")).toFile());
		settings.forEach(builder::setServerConfig);
		return builder.start();
	}

}
