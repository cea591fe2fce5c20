package io.changeflow.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.changeflow.change.Rfcs;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.AuditRows;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.IntegrationTest;
import io.changeflow.testing.TestInfrastructure;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jobs out of retries on the real engine and database. The failure is real: the database
 * refuses the timeline row a step listener writes (a trigger stands in for a broken or
 * unreachable database), so the worker throws on every attempt until the test drops the
 * trigger. Nothing in the app's context changes for it.
 */
class IncidentIntegrationTests extends IntegrationTest {

	/** Triggers are the tables' owner's business, not the app's role's. */
	private final JdbcTemplate owner = TestInfrastructure.ownerJdbc();

	private static final OffsetDateTime BASE = OffsetDateTime.now(ZoneOffset.UTC)
		.plusDays(30)
		.truncatedTo(ChronoUnit.HOURS);

	@Autowired
	private ZeebeTestEngine engine;

	@AfterEach
	void repairTheDatabase() {
		this.owner.execute("drop trigger if exists refuse_step on change_step");
		this.owner.execute("drop trigger if exists refuse_step on release_step");
		this.owner.execute("drop function if exists refuse_step()");
	}

	@Test
	void aStepOutOfRetriesBecomesAnIncidentThatARetryResumesOnceTheCauseIsFixed() {
		refuseSteps("change_step", "review_rfc");
		String key = changeFlows().submit(signedIn("requester"), Rfcs.valid("Upgrade checkout-api to 2.9.0"));

		JsonNode incident = awaitOpenIncident(key);
		assertThat(incident.path("kind").asText()).isEqualTo("CHANGE");
		assertThat(incident.path("elementId").asText()).isEqualTo("review_rfc");
		assertThat(incident.path("jobType").asText()).isEqualTo("change-step");
		assertThat(incident.path("errorMessage").asText()).contains("refused by the test");
		assertThat(incident.path("failures").asInt()).isEqualTo(1);
		assertThat(signedIn("auditor").get("/api/incidents?businessKey=" + key).json()).hasSize(1);
		assertThat(signedIn("requester").get("/api/incidents").status()).isEqualTo(403);
		String id = incident.path("id").asText();
		assertThat(signedIn("releng").post("/api/incidents/" + id + "/retry", Map.of()).status())
			.as("a release engineer acts on release incidents only")
			.isEqualTo(403);

		// Retried before the cause is fixed, the job runs out of retries again: the same
		// incident reopens.
		Response early = signedIn("manager").post("/api/incidents/" + id + "/retry", Map.of());
		assertThat(early.status()).as(early.toString()).isEqualTo(200);
		JsonNode reopened = Eventually.await("the incident reopened", () -> openIncidents(key),
				(open) -> open.size() == 1 && open.get(0).path("failures").asInt() == 2);
		assertThat(reopened.get(0).path("id").asText()).isEqualTo(id);
		assertThat(this.jdbc.queryForObject("select count(*) from incident", Integer.class)).isEqualTo(1);

		repairTheDatabase();
		ApiSession admin = signedIn("admin");
		Response retried = new AuditRows(this.jdbc).expectOne("admin", "IncidentRetried",
				() -> admin.post("/api/incidents/" + id + "/retry", Map.of()));

		assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
		assertThat(retried.json().path("state").asText()).isEqualTo("RETRIED");
		assertThat(retried.json().path("resolvedBy").asText()).isEqualTo("admin");
		JsonNode change = changeFlows().awaitState(signedIn("manager"), key, "IN_REVIEW");
		assertThat(change.path("history").findValuesAsText("stepName")).contains("Incident retried");
		assertThat(openIncidents(key)).isEmpty();
		assertThat(signedIn("admin").post("/api/incidents/" + id + "/retry", Map.of()).status()).isEqualTo(409);
	}

	@Test
	void cancelingAChangeIncidentEndsTheInstanceAndWithdrawsTheChange() {
		refuseSteps("change_step", "review_rfc");
		String key = changeFlows().submit(signedIn("requester"), Rfcs.valid("Upgrade checkout-api to 2.9.0"));
		JsonNode incident = awaitOpenIncident(key);
		long instance = incident.path("processInstanceKey").asLong();

		ApiSession manager = signedIn("manager");
		Response canceled = new AuditRows(this.jdbc).expectOne("manager", "IncidentCanceled",
				() -> manager.post("/api/incidents/" + incident.path("id").asText() + "/cancel",
						Map.of("reason", "The review database is being rebuilt")));

		assertThat(canceled.status()).as(canceled.toString()).isEqualTo(200);
		assertThat(canceled.json().path("state").asText()).isEqualTo("CANCELED");
		JsonNode change = signedIn("manager").get("/api/changes/" + key).json();
		assertThat(change.path("state").asText()).isEqualTo("WITHDRAWN");
		assertThat(change.path("closeReason").asText())
			.isEqualTo("Canceled after incident: The review database is being rebuilt");
		assertThat(terminated(instance)).as("process instance %d terminated", instance).isTrue();
		assertThat(signedIn("admin").get("/api/incidents?state=OPEN").json()).isEmpty();
		Response blank = signedIn("admin").post("/api/incidents/" + incident.path("id").asText() + "/cancel",
				Map.of("reason", " "));
		assertThat(blank.status()).isEqualTo(400);
	}

	@Test
	void cancelingAReleaseIncidentFailsTheReleaseAndFreesItsChanges() {
		String change = readyStandardChange();
		ApiSession releng = signedIn("releng");
		Response created = releng.post("/api/releases", release(change));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String key = created.json().path("key").asText();
		refuseSteps("release_step", "build_release");
		assertThat(releng.post("/api/releases/" + key + "/build", Map.of()).status()).isEqualTo(200);
		JsonNode incident = awaitOpenIncident(key);
		assertThat(incident.path("kind").asText()).isEqualTo("RELEASE");
		assertThat(signedIn("manager")
			.post("/api/incidents/" + incident.path("id").asText() + "/cancel", Map.of("reason", "wrong release"))
			.status()).isEqualTo(403);

		Response canceled = releng.post("/api/incidents/" + incident.path("id").asText() + "/cancel",
				Map.of("reason", "Build farm retired"));

		assertThat(canceled.status()).as(canceled.toString()).isEqualTo(200);
		JsonNode release = releng.get("/api/releases/" + key).json();
		assertThat(release.path("state").asText()).isEqualTo("FAILED");
		assertThat(release.path("history").findValuesAsText("detail"))
			.contains("Canceled after incident: Build farm retired");
		assertThat(terminated(incident.path("processInstanceKey").asLong())).isTrue();
		assertThat(releng.get("/api/releases/candidates").json().findValuesAsText("key")).containsExactly(change);
	}

	/**
	 * The database refuses the system's timeline rows of one element (people's still go
	 * in).
	 */
	private void refuseSteps(String table, String elementId) {
		this.owner.execute("""
				create or replace function refuse_step() returns trigger language plpgsql as $$
				begin
				  raise exception 'step % refused by the test', new.element_id;
				end $$""");
		this.owner
			.execute("create trigger refuse_step before insert on " + table + " for each row when (new.element_id = '"
					+ elementId + "' and new.actor is null)" + " execute function refuse_step()");
	}

	private JsonNode awaitOpenIncident(String key) {
		return Eventually.await("an open incident of " + key, () -> openIncidents(key), (open) -> open.size() == 1)
			.get(0);
	}

	private JsonNode openIncidents(String key) {
		Response response = signedIn("admin").get("/api/incidents?state=OPEN&businessKey=" + key);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private boolean terminated(long processInstanceKey) {
		for (Record<?> record : this.engine.getRecordStreamSource().getRecords()) {
			if (record.getValueType() == ValueType.PROCESS_INSTANCE
					&& record.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED
					&& record.getValue() instanceof ProcessInstanceRecordValue value
					&& value.getBpmnElementType() == BpmnElementType.PROCESS
					&& value.getProcessInstanceKey() == processInstanceKey) {
				return true;
			}
		}
		return false;
	}

	private String readyStandardChange() {
		Map<String, Object> rfc = Rfcs.valid("Restart checkout-api staging", List.of("CI-00009"));
		rfc.put("changeModelId", this.jdbc.queryForObject("select id::text from change_model where name = ?",
				String.class, "Restart app server"));
		String key = changeFlows().submit(signedIn("requester"), rfc);
		changeFlows().awaitState(signedIn("manager"), key, "READY_FOR_RELEASE");
		return key;
	}

	private static Map<String, Object> release(String changeKey) {
		return Map.of("name", "Checkout restart", "type", "DELTA", "releaseUnit", List.of("APPLICATION"),
				"plannedStart", BASE.plusDays(1).toString(), "plannedEnd", BASE.plusDays(1).plusHours(4).toString(),
				"backoutPlan", "Redeploy the previous artifacts wave by wave.", "changeKeys", List.of(changeKey));
	}

}
