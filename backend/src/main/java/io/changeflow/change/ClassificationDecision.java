package io.changeflow.change;

import io.changeflow.engine.ProcessModels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the classification decisions saw and said, for the audit log: the inputs of
 * {@code change_priority} and {@code change_classification}, their outputs, and which
 * version of each table decided (by content digest).
 */
final class ClassificationDecision {

	private static final List<String> INPUTS = List.of("impact", "urgency", "emergency", "standardModel", "priority",
			"ciCriticality", "serviceCriticality", "leadTimeHours");

	private static final List<String> OUTPUTS = List.of("priority", "changeClass", "risk", "approvalRoute");

	private ClassificationDecision() {
	}

	static Map<String, Object> of(Map<String, Object> variables, ProcessModels models) {
		Map<String, Object> inputs = new LinkedHashMap<>();
		INPUTS.forEach((name) -> inputs.put(name, variables.get(name)));
		Map<String, Object> outputs = new LinkedHashMap<>();
		OUTPUTS.forEach((name) -> outputs.put(name, variables.get(name)));
		Map<String, Object> decisions = new LinkedHashMap<>();
		for (String id : List.of("change_priority", "change_classification")) {
			decisions.put(id, models.decisionDigest(id).orElse("unknown"));
		}
		Map<String, Object> decision = new LinkedHashMap<>();
		decision.put("inputs", inputs);
		decision.put("outputs", outputs);
		decision.put("decisions", decisions);
		decision.put("decision",
				Map.of("id", "change_classification", "version", decisions.get("change_classification")));
		return decision;
	}

}
