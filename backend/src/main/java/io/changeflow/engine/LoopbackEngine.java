package io.changeflow.engine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.changeflow.platform.LoopbackPorts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded engine, reachable on 127.0.0.1 only: anyone who could reach its
 * gateway could deploy and run processes.
 */
final class LoopbackEngine {

	private static final Logger log = LoggerFactory.getLogger(LoopbackEngine.class);

	private LoopbackEngine() {
	}

	static ZeebeTestEngine start(EngineSettings settings) {
		LoopbackPorts.requireFree(settings.port(), "embedded engine", "CHANGEFLOW_ENGINE_PORT");
		long started = System.nanoTime();
		DurableEngine engine = DurableEngineFactory.create(settings);
		engine.start();
		log.info("Embedded Zeebe engine ({} store, {}) listening on 127.0.0.1:{} after {} ms",
				settings.store().name().toLowerCase(java.util.Locale.ROOT),
				settings.durable() ? "log in " + settings.directory() : "in memory, forgets on restart",
				settings.port(), (System.nanoTime() - started) / 1_000_000);
		return engine;
	}

}
