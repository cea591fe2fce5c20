package io.changeflow.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Names the engine lifetime that engine keys belong to. A job or process instance key is
 * a handle only within one epoch: rows that keep a key keep its epoch too, and a key from
 * another epoch never names anything. A cluster keeps its keys for good; the durable
 * embedded engine as long as its files (the epoch is written beside them, so deleting
 * them starts a new one); the in-memory engine only until it stops. Every replica on one
 * engine must see the same epoch.
 */
@Component
public class EngineEpoch {

	private final Environment environment;

	private String id;

	EngineEpoch(Environment environment) {
		this.environment = environment;
	}

	/**
	 * The current epoch.
	 * @return its id
	 */
	public synchronized String id() {
		if (this.id == null) {
			this.id = read();
		}
		return this.id;
	}

	private String read() {
		boolean embedded = this.environment.getProperty("changeflow.engine.embedded", Boolean.class, true);
		if (!embedded) {
			// A cluster keeps its keys for good. A replica that joins another instance's
			// embedded engine is given that engine's epoch (its data directory's
			// engine/log/epoch), so both name the same job the same way.
			return this.environment.getProperty("changeflow.engine.epoch", "cluster");
		}
		EngineSettings settings = EmbeddedEngineConfiguration.settings(this.environment);
		if (!settings.durable()) {
			return "memory-" + UUID.randomUUID();
		}
		// Beside the log: deleting the log resets the engine's keys, and the epoch with
		// it.
		Path file = settings.directory().resolve("log").resolve("epoch");
		try {
			if (Files.exists(file)) {
				return Files.readString(file, StandardCharsets.UTF_8).strip();
			}
			String created = "engine-" + UUID.randomUUID();
			Files.createDirectories(file.getParent());
			Files.writeString(file, created, StandardCharsets.UTF_8);
			return created;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the engine epoch in " + file, ex);
		}
	}

}
