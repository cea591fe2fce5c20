package io.changeflow.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.changeflow.change.Rfcs;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.AuditRows;
import io.changeflow.testing.IntegrationTest;
import io.changeflow.testing.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Discovery tools report observations: a change that an approved change covers updates
 * the CMDB naming it, one that nothing covers becomes an unauthorized-change record for
 * the change managers. Batches are all or nothing and idempotent.
 */
class ObservationIntegrationTests extends DiscoveryTestSupport {

	@Test
	void aChangeInsideAnApprovedWindowUpdatesTheCmdbNamingTheChange() throws Exception {
		OffsetDateTime start = now().plusMinutes(2);
		String change = approvedChange("Restart checkout-api staging", "CI-00009", start, start.plusHours(2));

		HttpResponse<String> response = send(
				batch("netscan", "b-1", observation("CI-00009", "version", "2.9.0", start.plusSeconds(30)),
						observation("CI-00003", "version", "2.8.3", now().minusMinutes(1))));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		JsonNode result = JSON.readTree(response.body());
		assertThat(result.path("authorized").asInt()).isEqualTo(1);
		assertThat(result.path("unchanged").asInt()).isEqualTo(1);
		assertThat(result.path("unauthorized").asInt()).isZero();
		JsonNode first = result.path("observations").path(0);
		assertThat(first.path("outcome").asText()).isEqualTo("AUTHORIZED");
		assertThat(first.path("cause").asText()).isEqualTo("CHANGE");
		assertThat(first.path("coveringKey").asText()).isEqualTo(change);
		assertThat(first.path("previousValue").asText()).isEqualTo("2.9.0-rc1");
		assertThat(result.path("observations").path(1).path("outcome").asText()).isEqualTo("UNCHANGED");

		ApiSession auditor = signedIn("auditor");
		assertThat(auditor.get("/api/cis/CI-00009").json().path("version").asText()).isEqualTo("2.9.0");
		JsonNode last = lastHistoryRow(auditor, "CI-00009");
		assertThat(last.path("field").asText()).isEqualTo("version");
		assertThat(last.path("newValue").asText()).isEqualTo("2.9.0");
		assertThat(last.path("cause").asText()).isEqualTo("CHANGE");
		assertThat(last.path("changeKey").asText()).isEqualTo(change);
		assertThat(count("unauthorized_change")).isZero();
	}

	@Test
	void aChangeNothingCoversOpensARecordTellsTheManagersAndMarksTheCmdbHistory() throws Exception {
		OffsetDateTime seen = now().minusMinutes(10);

		JsonNode result = accepted(batch("netscan", "b-1", observation("CI-00003", "version", "9.9.9", seen)));

		JsonNode outcome = result.path("observations").path(0);
		assertThat(outcome.path("outcome").asText()).isEqualTo("UNAUTHORIZED");
		assertThat(outcome.path("cause").asText()).isEqualTo("UNAUTHORIZED");
		assertThat(outcome.path("previousValue").asText()).isEqualTo("2.8.3");
		long id = outcome.path("unauthorizedChangeId").asLong();

		JsonNode record = signedIn("manager").get("/api/unauthorized-changes/" + id).json();
		assertThat(record.path("ciKey").asText()).isEqualTo("CI-00003");
		assertThat(record.path("ciName").asText()).isEqualTo("checkout-api");
		assertThat(record.path("attribute").asText()).isEqualTo("version");
		assertThat(record.path("oldValue").asText()).isEqualTo("2.8.3");
		assertThat(record.path("newValue").asText()).isEqualTo("9.9.9");
		assertThat(record.path("source").asText()).isEqualTo("netscan");
		assertThat(record.path("status").asText()).isEqualTo("OPEN");
		assertThat(OffsetDateTime.parse(record.path("observedAt").asText()).toInstant()).isEqualTo(seen.toInstant());

		List<Map<String, Object>> notices = this.jdbc.queryForList(
				"select username, subject, link from notification where kind = 'UNAUTHORIZED_CHANGE' order by username");
		assertThat(notices).extracting((row) -> row.get("username")).containsExactly("manager");
		assertThat((String) notices.get(0).get("subject")).contains("CI-00003").contains("9.9.9");
		assertThat(notices.get(0).get("link")).isEqualTo("/unauthorized-changes/" + id);

		JsonNode last = lastHistoryRow(signedIn("auditor"), "CI-00003");
		assertThat(last.path("cause").asText()).isEqualTo("UNAUTHORIZED");
		assertThat(last.path("oldValue").asText()).isEqualTo("2.8.3");
		assertThat(last.path("newValue").asText()).isEqualTo("9.9.9");

		new AuditRows(this.jdbc).awaitChained();
		assertThat(this.jdbc.queryForList(
				"select action from audit_event where actor = 'system:discovery' and subject_type = 'UNAUTHORIZED_CHANGE'",
				String.class))
			.containsExactly("UnauthorizedChangeDetected");
	}

	@Test
	void aChangeOutsideTheApprovedWindowIsUnauthorized() throws Exception {
		OffsetDateTime start = now().plusMinutes(2);
		approvedChange("Restart checkout-api staging", "CI-00009", start, start.plusHours(2));

		JsonNode early = accepted(
				batch("netscan", "b-1", observation("CI-00009", "version", "2.9.0", now().minusHours(3))));

		assertThat(early.path("observations").path(0).path("outcome").asText()).isEqualTo("UNAUTHORIZED");
		assertThat(early.path("observations").path(0).hasNonNull("coveringKey")).isFalse();
		assertThat(count("unauthorized_change")).isEqualTo(1);
	}

	@Test
	void aBadBatchIsRefusedWholeAndNothingIsStored() throws Exception {
		long history = count("ci_history");
		Map<String, Object> fine = observation("CI-00003", "version", "9.9.9", now().minusMinutes(5));

		assertRefused(batch("netscan", "b-1", fine, observation("CI-99999", "version", "1", now())),
				"observations[1].ciKey");
		Map<String, Object> noValue = observation("CI-00003", "version", "x", now());
		noValue.remove("value");
		assertRefused(batch("netscan", "b-1", fine, noValue), "observations[1].value");
		assertRefused(batch("netscan", "b-1", observation("CI-00003", "version", "9.9.9", now().plusHours(1))),
				"observations[0].observedAt");
		Map<String, Object> noSource = batch("netscan", "b-1", fine);
		noSource.remove("source");
		assertRefused(noSource, "source");
		List<Map<String, Object>> many = new ArrayList<>();
		for (int i = 0; i < 1001; i++) {
			many.add(fine);
		}
		Map<String, Object> tooLarge = batch("netscan", "b-1");
		tooLarge.put("observations", many);
		assertRefused(tooLarge, "observations");

		assertThat(send(batch("netscan", "b-1", fine), null).statusCode()).isEqualTo(401);
		assertThat(send(batch("netscan", "b-1", fine), "Bearer wrong").statusCode()).isEqualTo(401);
		assertThat(send(batch("netscan", "b-1", fine), TestInfrastructure.DISCOVERY_TOKEN).statusCode()).isEqualTo(401);
		assertThat(signedIn("admin").post("/api/cmdb/observations", batch("netscan", "b-1", fine)).status())
			.as("a session is no discovery token")
			.isEqualTo(401);

		assertThat(count("observation_batch")).isZero();
		assertThat(count("unauthorized_change")).isZero();
		assertThat(count("ci_history")).isEqualTo(history);
		assertThat(signedIn("auditor").get("/api/cis/CI-00003").json().path("version").asText()).isEqualTo("2.8.3");
	}

	@Test
	void theSameBatchAgainAnswersTheSameAndChangesNothing() throws Exception {
		Map<String, Object> batch = batch("netscan", "b-7",
				observation("CI-00003", "version", "9.9.9", now().minusMinutes(10)),
				observation("CI-00004", "location", "Frankfurt DC2", now().minusMinutes(9)));
		HttpResponse<String> first = send(batch);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		long history = count("ci_history");
		long notifications = count("notification");
		new AuditRows(this.jdbc).awaitChained();
		long audit = new AuditRows(this.jdbc).head();

		HttpResponse<String> again = send(batch);

		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		assertThat(JSON.readTree(again.body())).isEqualTo(JSON.readTree(first.body()));
		assertThat(JSON.readTree(again.body()).path("unauthorized").asInt()).isEqualTo(2);
		assertThat(count("observation_batch")).isEqualTo(1);
		assertThat(count("unauthorized_change")).isEqualTo(2);
		assertThat(count("ci_history")).isEqualTo(history);
		assertThat(count("notification")).isEqualTo(notifications);
		new AuditRows(this.jdbc).awaitChained();
		assertThat(new AuditRows(this.jdbc).head()).isEqualTo(audit);

		Map<String, Object> other = batch("netscan", "b-7",
				observation("CI-00003", "version", "10.0.0", now().minusMinutes(1)));
		HttpResponse<String> reused = send(other);
		assertThat(reused.statusCode()).as(reused.body()).isEqualTo(409);
		assertThat(count("unauthorized_change")).isEqualTo(2);

		HttpResponse<String> otherSource = send(
				batch("inventory", "b-7", observation("CI-00003", "version", "10.0.0", now().minusMinutes(1))));
		assertThat(otherSource.statusCode()).as("batch ids are per source").isEqualTo(200);
		assertThat(count("observation_batch")).isEqualTo(2);
	}

	@Test
	void twoCopiesOfABatchAtOnceAreTakenOnce() throws Exception {
		Map<String, Object> batch = batch("netscan", "b-race",
				observation("CI-00003", "version", "9.9.9", now().minusMinutes(10)));
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<HttpResponse<String>>> sent = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				sent.add(threads.submit(() -> {
					go.await();
					return send(batch);
				}));
			}
			go.countDown();
			HttpResponse<String> one = sent.get(0).get();
			HttpResponse<String> two = sent.get(1).get();

			assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
			assertThat(two.statusCode()).as(two.body()).isEqualTo(200);
			assertThat(JSON.readTree(one.body())).isEqualTo(JSON.readTree(two.body()));
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(count("observation_batch")).isEqualTo(1);
		assertThat(count("unauthorized_change")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ci_history where cause = 'UNAUTHORIZED' and new_value = '9.9.9'", Long.class))
			.isEqualTo(1);
	}

}
