package io.changeflow.cmdb;

import io.changeflow.cmdb.ImpactView.ImpactedCi;
import java.sql.Array;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Impact analysis in PostgreSQL: a recursive query walks the relations from the changed
 * items to everything that depends on them or that they are part of. {@code UNION} (not
 * {@code UNION ALL}) keeps each item once, so cycles end and diamonds do not multiply
 * paths; the benchmark ({@code ImpactBenchmark}) measured it against a closure table.
 * Depth and the path to each item come from a breadth-first walk over the (small)
 * subgraph it returns.
 */
@Component
class ImpactAnalysis {

	/**
	 * The relations that carry impact out of the item {@code reached.id}, as arrows from
	 * the item changed to the item it hurts: the target hurts the source (an app RUNS_ON
	 * a server), but a part hurts its whole (an app PART_OF a business service). Written
	 * as one join with two index conditions, so each step of the walk is two index
	 * lookups.
	 */
	static final String ARROWS_OUT_OF_REACHED = """
			ci_relation r on (r.target_id = reached.id and r.type <> 'PART_OF')
			              or (r.source_id = reached.id and r.type = 'PART_OF')""";

	/** The item an arrow hurts. */
	static final String HURT = "case when r.type = 'PART_OF' then r.target_id else r.source_id end";

	// Every relation along which impact flows out of a reached item: the items it reaches
	// are
	// reached too. Retired items no longer carry impact.
	static final String REACHED_RELATIONS = """
			with recursive reached(id) as (
			    select id from configuration_item where ci_key = any(?)
			  union
			    select hurt.id
			    from reached join %1$s
			    join configuration_item hurt on hurt.id = %2$s and hurt.lifecycle_status <> 'RETIRED'
			)
			select r.source_id, r.type, r.target_id
			from reached join %1$s
			join configuration_item hurt on hurt.id = %2$s and hurt.lifecycle_status <> 'RETIRED'"""
		.formatted(ARROWS_OUT_OF_REACHED, HURT);

	private final JdbcTemplate jdbc;

	private final ConfigurationItemRepository items;

	ImpactAnalysis(JdbcTemplate jdbc, ConfigurationItemRepository items) {
		this.jdbc = jdbc;
		this.items = items;
	}

	@Transactional(readOnly = true)
	ImpactView of(Collection<String> keys) {
		List<ConfigurationItem> starts = this.items.findByKeyIn(keys);
		List<Edge> edges = this.jdbc.query((connection) -> {
			var statement = connection.prepareStatement(REACHED_RELATIONS);
			Array array = connection.createArrayOf("text", keys.toArray());
			statement.setArray(1, array);
			return statement;
		}, (row, n) -> new Edge(row.getObject(1, UUID.class), RelationType.valueOf(row.getString(2)),
				row.getObject(3, UUID.class)));
		Map<UUID, ConfigurationItem> byId = new HashMap<>();
		starts.forEach((item) -> byId.put(item.id(), item));
		List<UUID> missing = edges.stream().map(Edge::to).filter((id) -> !byId.containsKey(id)).distinct().toList();
		this.items.findAllById(missing).forEach((item) -> byId.put(item.id(), item));
		return view(starts, edges, byId);
	}

	private static ImpactView view(List<ConfigurationItem> starts, List<Edge> edges,
			Map<UUID, ConfigurationItem> byId) {
		Map<UUID, List<Edge>> arrows = new HashMap<>();
		edges.forEach((edge) -> arrows.computeIfAbsent(edge.from(), (id) -> new ArrayList<>()).add(edge));
		// The database returns relations in no set order: walking them by target key
		// makes
		// the path shown the same every time (among equally short ones, through the
		// lowest
		// keys).
		arrows.values().forEach((out) -> out.sort(Comparator.comparing((Edge edge) -> byId.get(edge.to()).key())));
		// Breadth first from every start at once: each item gets its shortest depth and
		// one
		// shortest path back to a start.
		Map<UUID, UUID> parent = new LinkedHashMap<>();
		Map<UUID, Integer> depth = new HashMap<>();
		Deque<UUID> queue = new ArrayDeque<>();
		starts.stream().sorted(Comparator.comparing(ConfigurationItem::key)).forEach((start) -> {
			depth.put(start.id(), 0);
			parent.put(start.id(), null);
			queue.add(start.id());
		});
		while (!queue.isEmpty()) {
			UUID id = queue.poll();
			for (Edge edge : arrows.getOrDefault(id, List.of())) {
				if (!depth.containsKey(edge.to())) {
					depth.put(edge.to(), depth.get(id) + 1);
					parent.put(edge.to(), id);
					queue.add(edge.to());
				}
			}
		}
		List<ImpactedCi> impacted = parent.keySet()
			.stream()
			.map((id) -> impacted(byId.get(id), depth.get(id), path(id, parent, byId)))
			.sorted(Comparator.comparingInt(ImpactedCi::depth).thenComparing(ImpactedCi::key))
			.toList();
		List<ImpactedCi> services = impacted.stream().filter((ci) -> ci.type() == CiType.BUSINESS_SERVICE).toList();
		return new ImpactView(starts.stream().map(ConfigurationItem::key).sorted().toList(), impacted, edges.stream()
			.map((edge) -> new RelationView(byId.get(edge.source()).key(), edge.type(), byId.get(edge.target()).key()))
			.sorted(Comparator.comparing(RelationView::source).thenComparing(RelationView::target))
			.toList(), services, highest(services), highest(impacted));
	}

	private static ImpactedCi impacted(ConfigurationItem item, int depth, List<String> path) {
		CiView ci = item.view();
		Object users = ci.attributes().get("users");
		return new ImpactedCi(ci.key(), ci.name(), ci.type(), ci.environment(), ci.criticality(), ci.ownerGroup(),
				depth, path, (users != null) ? users.toString() : null);
	}

	private static List<String> path(UUID id, Map<UUID, UUID> parent, Map<UUID, ConfigurationItem> byId) {
		List<String> path = new ArrayList<>();
		for (UUID at = id; at != null; at = parent.get(at)) {
			path.add(0, byId.get(at).key());
		}
		return path;
	}

	private static Criticality highest(List<ImpactedCi> cis) {
		return cis.stream().map(ImpactedCi::criticality).max(Comparator.naturalOrder()).orElse(null);
	}

	private record Edge(UUID source, RelationType type, UUID target) {

		/** The item whose change flows along this relation. */
		UUID from() {
			return (this.type == RelationType.PART_OF) ? this.source : this.target;
		}

		/** The item it hurts. */
		UUID to() {
			return (this.type == RelationType.PART_OF) ? this.target : this.source;
		}

	}

}
