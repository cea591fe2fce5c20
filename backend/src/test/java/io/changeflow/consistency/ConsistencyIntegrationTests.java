package io.changeflow.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.InboxDriver;
import io.changeflow.testing.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The consistency check on the real engine and database: each kind of drift is made the
 * way it happens (a lost start, an instance the engine no longer has, a task row that
 * went missing), found, and repaired where the check can.
 */
class ConsistencyIntegrationTests extends IntegrationTest {

	@Autowired
	private CamundaClient engine;

	@Test
	void findsEachKindOfDriftAndRestartsAStartThatWasLost() {
		InboxDriver inbox = new InboxDriver(this.jdbc);
		ApiSession requester = signedIn("requester");
		ApiSession admin = signedIn("admin");
		ApiSession manager = signedIn("manager");
		String noTask = inbox.submitNormalChange(requester, "Nobody has the review");
		String gone = inbox.submitNormalChange(requester, "The engine lost it");
		String lost = inbox.submitNormalChange(requester, "The start never arrived");
		for (String key : new String[] { noTask, gone, lost }) {
			inbox.awaitTask(manager, "groups", key, "REVIEW_RFC");
		}
		assertThat(drifts(admin.get("/api/admin/consistency"))).isEmpty();

		this.jdbc.update("update human_task set state = 'CANCELED' where business_key = ?", noTask);
		this.engine.newCancelInstanceCommand(handle(gone)).send().join();
		this.engine.newCancelInstanceCommand(handle(lost)).send().join();
		this.jdbc.update("update human_task set state = 'CANCELED' where business_key = ?", lost);
		this.jdbc.update("update change_request set process_instance_key = null where change_key = ?", lost);
		// Drift is only reported once a record has been still for a minute.
		this.jdbc.update("update change_request set updated_at = now() - interval '5 minutes'");

		Response checked = signedIn("auditor").get("/api/admin/consistency");
		assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
		assertThat(drifts(checked)).containsExactlyInAnyOrder(noTask + " NO_OPEN_TASK review_rfc false",
				gone + " NO_ENGINE_INSTANCE review_rfc false", lost + " PROCESS_NOT_STARTED review_rfc false");

		assertThat(signedIn("auditor").post("/api/admin/consistency/repair", Map.of()).status()).isEqualTo(403);
		assertThat(requester.get("/api/admin/consistency").status()).isEqualTo(403);
		Response repaired = admin.post("/api/admin/consistency/repair", Map.of());
		assertThat(drifts(repaired)).contains(lost + " PROCESS_NOT_STARTED review_rfc true");

		// The lost start is asked for again: the change runs and its review opens anew.
		Eventually
			.await(lost + " runs again",
					() -> this.jdbc.queryForObject(
							"select process_instance_key from change_request where change_key = ?", Long.class, lost),
					(key) -> key != null);
		JsonNode review = inbox.awaitTask(manager, "groups", lost, "REVIEW_RFC");
		assertThat(review.path("state").asText()).isEqualTo("OPEN");
	}

	private long handle(String key) {
		return this.jdbc.queryForObject("select process_instance_key from change_request where change_key = ?",
				Long.class, key);
	}

	private static java.util.List<String> drifts(Response report) {
		return report.json()
			.path("drifts")
			.findParents("kind")
			.stream()
			.map((drift) -> drift.path("businessKey").asText() + " " + drift.path("kind").asText() + " "
					+ drift.path("step").asText() + " " + drift.path("repaired").asBoolean())
			.toList();
	}

}
