package io.changeflow.release;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One wave of a rollout: where it deploys and to how much of it.
 *
 * @param name unique within the release, e.g. prod-canary
 * @param environment test, staging, prod, ...
 * @param percent share of the environment's targets, 1..100
 * @param manualGate whether a release engineer says go / no-go after it
 * @param simulatedFailureRate for the simulated executor: probability 0..1 that a step of
 * this wave fails
 */
public record Wave(String name, String environment, int percent, boolean manualGate, double simulatedFailureRate) {

	/** Test, staging, a 5 % canary in prod with a go / no-go, then the rest of prod. */
	static final List<Wave> DEFAULT = List.of(new Wave("test", "test", 100, false, 0),
			new Wave("staging", "staging", 100, false, 0), new Wave("prod-canary", "prod", 5, true, 0),
			new Wave("prod-rest", "prod", 100, false, 0));

	Map<String, Object> variables() {
		Map<String, Object> wave = new LinkedHashMap<>();
		wave.put("name", this.name);
		wave.put("environment", this.environment);
		wave.put("percent", this.percent);
		wave.put("manualGate", this.manualGate);
		wave.put("simulatedFailureRate", this.simulatedFailureRate);
		return wave;
	}

}
