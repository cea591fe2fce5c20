package io.changeflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Migrations stay safe for a rolling upgrade (README, "Rolling upgrades: expand, then
 * contract"): while replicas are upgraded one at a time, release N-1 runs on the schema
 * of N, so a migration only expands. A contract step (drop, rename, retype, NOT NULL) is
 * allowed only with a {@code -- contract:} line that says why no N-1 replica can still
 * run. V1..V52 were checked by hand; the README lists those that would break.
 */
class RollingUpgradeMigrationTests {

	/** The first migration written under the rule. */
	private static final int FIRST_CHECKED = 53;

	private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

	private static final Map<String, Pattern> CONTRACTING = Map.of("drops a table",
			Pattern.compile("\\bdrop\\s+table\\b"), "drops a column", Pattern.compile("\\bdrop\\s+column\\b"),
			"renames", Pattern.compile("\\brename\\b"), "changes a column's type",
			Pattern.compile("\\balter\\s+column\\s+\\S+\\s+(set\\s+data\\s+)?type\\b"), "sets NOT NULL",
			Pattern.compile("\\bset\\s+not\\s+null\\b"), "adds a NOT NULL column without a default",
			Pattern.compile("\\badd\\s+column\\s+(?:(?!default)[^,;])*\\bnot\\s+null\\b(?:(?!default)[^,;])*[,;]"));

	@Test
	void everyMigrationSinceTheRuleOnlyExpands() throws IOException {
		List<String> violations = new ArrayList<>();
		int checked = 0;
		for (Resource migration : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:/db/migration/*.sql")) {
			Matcher version = VERSION.matcher(migration.getFilename());
			if (!version.matches() || Integer.parseInt(version.group(1)) < FIRST_CHECKED) {
				continue;
			}
			checked++;
			violations
				.addAll(violations(migration.getFilename(), migration.getContentAsString(StandardCharsets.UTF_8)));
		}
		System.out.printf("Checked %d migrations since V%d for a rolling upgrade%n", checked, FIRST_CHECKED);
		assertThat(violations).as("contract steps without a '-- contract:' reason").isEmpty();
	}

	@Test
	void theCheckFindsEachContractStep() {
		assertThat(violations("V99__x.sql", "alter table t drop column c;")).hasSize(1);
		assertThat(violations("V99__x.sql", "drop table t;")).hasSize(1);
		assertThat(violations("V99__x.sql", "alter table t rename column a to b;")).hasSize(1);
		assertThat(violations("V99__x.sql", "alter table t alter column c type bigint;")).hasSize(1);
		assertThat(violations("V99__x.sql", "alter table t alter column c set not null;")).hasSize(1);
		assertThat(violations("V99__x.sql", "alter table t add column c text not null;")).hasSize(1);
		assertThat(violations("V99__x.sql", "alter table t\n    add column c text not null,\n    add column d int;"))
			.hasSize(1);

		assertThat(violations("V99__x.sql", """
				-- A new table and nullable or defaulted columns: N-1 ignores them.
				create table t (id bigint primary key, name text not null);
				alter table u add column c text;
				alter table u add column d boolean not null default false;
				create index u_c on u (c);""")).isEmpty();
		assertThat(violations("V99__x.sql", """
				-- contract: V98 stopped writing c one release ago; no replica of that release runs
				alter table t drop column c;""")).isEmpty();
	}

	private static List<String> violations(String name, String sql) {
		if (sql.lines().anyMatch((line) -> line.strip().toLowerCase().startsWith("-- contract:"))) {
			return List.of();
		}
		String statements = sql.replaceAll("--[^\\n]*", " ").toLowerCase();
		return CONTRACTING.entrySet()
			.stream()
			.filter((rule) -> rule.getValue().matcher(statements).find())
			.map((rule) -> name + " " + rule.getKey())
			.sorted()
			.toList();
	}

}
