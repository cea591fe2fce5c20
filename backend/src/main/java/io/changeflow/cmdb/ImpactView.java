package io.changeflow.cmdb;

import java.util.List;
import org.springframework.lang.Nullable;

/**
 * What a change to some configuration items reaches: every item that depends on them,
 * directly or through others, up to the business services and their users.
 *
 * @param starts the items changed
 * @param impacted every item reached, the starts first (depth 0), then by depth and key
 * @param relations the relations walked, for drawing the graph
 * @param businessServices the business services reached
 * @param highestServiceCriticality the highest criticality among them, null when none is
 * reached
 * @param highestCriticality the highest criticality of anything reached
 */
public record ImpactView(List<String> starts, List<ImpactedCi> impacted, List<RelationView> relations,
		List<ImpactedCi> businessServices, @Nullable Criticality highestServiceCriticality,
		@Nullable Criticality highestCriticality) {

	/** Keys of everything reached, starts included. */
	public List<String> keys() {
		return this.impacted.stream().map(ImpactedCi::key).toList();
	}

	/**
	 * One item reached.
	 *
	 * @param key its key
	 * @param name its name
	 * @param type its kind
	 * @param environment where it runs
	 * @param criticality how much its failure hurts
	 * @param ownerGroup the team that owns it
	 * @param depth relations between it and the nearest start (0 for a start)
	 * @param path keys from that start to it
	 * @param users who uses it (the {@code users} attribute of a business service)
	 */
	public record ImpactedCi(String key, String name, CiType type, String environment, Criticality criticality,
			String ownerGroup, int depth, List<String> path, @Nullable String users) {
	}

}
