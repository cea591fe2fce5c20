package io.changeflow.engine;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Names the engine lifetime that engine keys belong to. A job or process instance key is
 * a handle only within one epoch: the embedded in-memory engine starts counting again
 * after every restart, so rows that keep a key keep its epoch too, and a key from another
 * epoch never names anything.
 */
@Component
public class EngineEpoch {

	private final String id;

	EngineEpoch(EngineProperties engine) {
		// A cluster keeps its keys for good; the in-memory engine only until it stops.
		this.id = engine.embedded() ? "embedded-" + UUID.randomUUID() : "cluster";
	}

	/**
	 * The current epoch.
	 * @return its id
	 */
	public String id() {
		return this.id;
	}

}
