package io.changeflow.cmdb;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small CMDB for the demo: a shop with its services, servers, databases and
 * certificates, so an RFC has something to touch on the first start. Seeded once, when
 * the CMDB is empty.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "changeflow.demo.seed", havingValue = "true")
class DemoCmdb implements ApplicationRunner {

	private final ConfigurationItemRepository items;

	private final CiRelationRepository relations;

	DemoCmdb(ConfigurationItemRepository items, CiRelationRepository relations) {
		this.items = items;
		this.relations = relations;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.items.count() > 0) {
			return;
		}
		record Seed(String name, CiType type, String environment, Criticality criticality, String owner,
				String version) {
		}
		List<Seed> seeds = List.of(
				new Seed("Web shop", CiType.BUSINESS_SERVICE, "prod", Criticality.CRITICAL, "commerce", "2026.10"),
				new Seed("shop-frontend", CiType.APPLICATION, "prod", Criticality.HIGH, "commerce", "4.12.0"),
				new Seed("checkout-api", CiType.APPLICATION, "prod", Criticality.CRITICAL, "commerce", "2.8.3"),
				new Seed("orders-db", CiType.DATABASE, "prod", Criticality.CRITICAL, "dba", "PostgreSQL 16.4"),
				new Seed("app-server-01", CiType.SERVER, "prod", Criticality.HIGH, "platform", "Debian 12"),
				new Seed("app-server-02", CiType.SERVER, "prod", Criticality.HIGH, "platform", "Debian 12"),
				new Seed("edge-lb", CiType.NETWORK, "prod", Criticality.CRITICAL, "network", "HAProxy 2.8"),
				new Seed("shop.example.com TLS", CiType.CERTIFICATE, "prod", Criticality.HIGH, "security", "2026"),
				new Seed("checkout-api", CiType.APPLICATION, "staging", Criticality.LOW, "commerce", "2.9.0-rc1"),
				new Seed("staging-db", CiType.DATABASE, "staging", Criticality.LOW, "dba", "PostgreSQL 16.4"));
		List<ConfigurationItem> saved = new java.util.ArrayList<>();
		for (Seed seed : seeds) {
			String key = "CI-%05d".formatted(this.items.nextNumber());
			saved.add(this.items.save(new ConfigurationItem(key, seed.name(), seed.type(), seed.environment(),
					seed.criticality(), seed.owner(), seed.version())));
		}
		saved.get(0).observe("users", "Online customers (about 40,000 a day)");
		// The shop's graph: the service is made of its frontend and checkout; they run on
		// the
		// app servers behind the load balancer; checkout keeps its orders in orders-db.
		int[][] graph = { { 2, 1 }, { 3, 1 }, { 2, 5 }, { 2, 6 }, { 3, 5 }, { 3, 6 }, { 3, 4 }, { 2, 3 }, { 1, 7 },
				{ 7, 8 } };
		RelationType[] types = { RelationType.PART_OF, RelationType.PART_OF, RelationType.RUNS_ON, RelationType.RUNS_ON,
				RelationType.RUNS_ON, RelationType.RUNS_ON, RelationType.DEPENDS_ON, RelationType.CONNECTS_TO,
				RelationType.DEPENDS_ON, RelationType.DEPENDS_ON };
		for (int i = 0; i < graph.length; i++) {
			this.relations.save(new CiRelation(saved.get(graph[i][0] - 1).id(), types[i],
					saved.get(graph[i][1] - 1).id(), "system:demo"));
		}
	}

}
