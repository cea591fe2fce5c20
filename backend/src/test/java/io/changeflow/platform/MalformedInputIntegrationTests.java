package io.changeflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.changeflow.platform.Mutations.Malformed;
import io.changeflow.platform.WriteEndpoints.Endpoint;
import io.changeflow.testing.AuditRows;
import io.changeflow.testing.IntegrationTest;
import io.changeflow.testing.TestInfrastructure;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A fuzzer: hundreds of generated malformed requests across every write endpoint, each
 * answered 4xx Problem Details, none a 5xx, and nothing stored (every table has as many
 * rows after as before). The seed is fixed, so a failure reproduces;
 * {@code -Dfuzz.seed=N} tries another.
 */
class MalformedInputIntegrationTests extends IntegrationTest {

	private static final long SEED = Long.getLong("fuzz.seed", 20261129L);

	private static final int REQUESTS = 600;

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void malformedRequestsGetProblemDetailsAndStoreNothing() {
		AuditRows audit = new AuditRows(this.jdbc);
		audit.awaitChained();
		long auditHead = audit.head();
		Map<String, Long> before = rowCounts();
		Map<String, RawClient> clients = new HashMap<>();
		Random random = new Random(SEED);
		List<Endpoint> endpoints = WriteEndpoints.all();
		Map<Integer, Integer> statuses = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			Endpoint endpoint = endpoints.get(i % endpoints.size());
			List<String> kinds = (endpoint.body() != null) ? Mutations.KINDS : Mutations.BODYLESS_KINDS;
			Malformed request = Mutations.apply(kinds.get(random.nextInt(kinds.size())), endpoint, random);
			RawClient client = clients.computeIfAbsent(String.valueOf(endpoint.user()), this::client);
			HttpResponse<String> response = client.send(endpoint.method(), request.path(), request.contentType(),
					request.body());
			statuses.merge(response.statusCode(), 1, Integer::sum);
			String problem = problemIn(response);
			if (problem != null) {
				failures.add("#%d %s, %s: %s".formatted(i, endpoint, request.kind(), problem));
			}
		}
		System.out.printf("Fuzzed %d malformed requests over %d write endpoints with seed %d: statuses %s%n", REQUESTS,
				endpoints.size(), SEED, statuses);

		assertThat(failures).as("seed %d", SEED).isEmpty();
		assertThat(rowCounts()).as("rows per table, seed %d", SEED).isEqualTo(before);
		// The audit log has the test's own sign-ins and nothing else.
		audit.awaitChained();
		assertThat(this.jdbc.queryForList("select distinct action from audit_event where seq > ?", String.class,
				auditHead))
			.as("audit events, seed %d", SEED)
			.isSubsetOf("LoginSucceeded");
	}

	/** What is wrong with the answer to a malformed request, or null. */
	private static String problemIn(HttpResponse<String> response) {
		int status = response.statusCode();
		String body = response.body();
		String brief = status + " " + body.substring(0, Math.min(body.length(), 300));
		if (status < 400 || status >= 500) {
			return "not a 4xx: " + brief;
		}
		if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
			return "not Problem Details: " + response.headers().firstValue("Content-Type").orElse("none") + " " + brief;
		}
		try {
			JsonNode problem = JSON.readTree(body);
			if (problem.path("status").asInt() != status || problem.path("title").asText().isBlank()) {
				return "incomplete Problem Details: " + brief;
			}
		}
		catch (java.io.IOException ex) {
			return "body is no JSON: " + brief;
		}
		return null;
	}

	private RawClient client(String user) {
		RawClient client = new RawClient(this.port);
		if (user.equals("null")) {
			// No session, but a CSRF token, as a browser page of the app would have.
			client.send("GET", "/api/auth/csrf", null, null);
			return client;
		}
		return client.login(user, TestInfrastructure.DEMO_PASSWORD);
	}

	/**
	 * Rows of every table a request could write to. Not counted: the audit log (its own
	 * check), the test's sign-in sessions and the record of scheduled runs, which grow
	 * whatever the requests do.
	 */
	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : this.jdbc.queryForList("""
				select quote_ident(tablename) from pg_tables
				where schemaname = 'public'
				  and tablename not in ('flyway_schema_history', 'audit_event', 'audit_pending',
				                        'spring_session', 'spring_session_attributes', 'cluster_job')""",
				String.class)) {
			counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

}
