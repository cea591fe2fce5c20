package io.changeflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.changeflow.change.Rfcs;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ChangeFlows;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.IntegrationTest;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Versioned models on the real engine and PostgreSQL: a change keeps the model version it
 * started on when a newer one is deployed, the app shows it that version's diagram and
 * path, and a change filed afterwards runs on the new one.
 */
class ProcessModelVersionsIntegrationTests extends IntegrationTest {

	private static final String CHANGE_MODEL = "change-request.bpmn";

	private static final String CAB_POLICY = "cab-policy.dmn";

	private static final String RENAMED = "Review the RFC (model v2)";

	private static final String CAB_DEADLINE = "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">=cabDeadline</bpmn:timeDate>";

	@Autowired
	private ProcessDeployment deployment;

	@Autowired
	private CamundaClient client;

	@Autowired
	private ZeebeTestEngine engine;

	/**
	 * The engine is shared by every test of the JVM: the models of the jar become the
	 * latest again, so later tests start on them (recorded under their old version).
	 */
	@AfterEach
	void deployTheJarsModelsAgain() {
		this.deployment.deploy(this.client, ProcessDeployment.classpathModels());
	}

	@Test
	void aRunningChangeStaysOnItsModelVersionAndANewChangeTakesTheNewOne() {
		String jarXml = ProcessDeployment.classpathModels().get(CHANGE_MODEL);
		assertThat(jarXml).contains("name=\"Review RFC\"");
		int v1 = this.jdbc.queryForObject(
				"select version from process_model where model_id = 'change_request'" + " and checksum = ?",
				Integer.class, ProcessModelHistory.checksum(jarXml));
		assertThat(this.jdbc.queryForObject(
				"select xml from process_model where model_id = 'change_request'" + " and version = ?", String.class,
				v1))
			.as("the XML is recorded as deployed")
			.isEqualTo(jarXml);
		assertThat(this.jdbc.queryForList("select model_id from process_model where kind = 'DMN'", String.class))
			.as("decision tables are recorded too")
			.isNotEmpty();

		ChangeFlows flows = changeFlows();
		ApiSession requester = signedIn("requester");
		String first = flows.submit(requester, Rfcs.valid("Upgrade checkout-api to 2.9.0"));
		JsonNode firstChange = flows.awaitState(requester, first, "IN_REVIEW");
		assertThat(firstChange.path("modelVersion").asInt()).isEqualTo(v1);

		// A new release of the app ships changed models, deployed together as the app
		// does: a step renamed, the CAB given five hours with the vote due when they end
		// (no due date of its own), and a CAB policy where one member's approval is
		// enough.
		String v2Xml = jarXml.replace("name=\"Review RFC\"", "name=\"" + RENAMED + "\"")
			.replace(CAB_DEADLINE, "<bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">PT5H</bpmn:timeDuration>")
			.replace("<zeebe:taskSchedule dueDate=\"=cabDeadline\" />", "");
		assertThat(v2Xml).doesNotContain(CAB_DEADLINE).doesNotContain("taskSchedule");
		Map<String, String> v2Models = new java.util.LinkedHashMap<>(ProcessDeployment.classpathModels());
		v2Models.put(CHANGE_MODEL, v2Xml);
		String majority = "<outputEntry id=\"cab_policy_rule_1_out_1\"><text>0</text></outputEntry>";
		assertThat(v2Models.get(CAB_POLICY)).contains(majority);
		v2Models.put(CAB_POLICY, v2Models.get(CAB_POLICY).replace(majority, majority.replace(">0<", ">1<")));
		this.deployment.deploy(this.client, v2Models);
		int v2 = this.jdbc.queryForObject(
				"select version from process_model where model_id = 'change_request'" + " and checksum = ?",
				Integer.class, ProcessModelHistory.checksum(v2Xml));
		assertThat(v2).isGreaterThan(v1);
		int rows = this.jdbc.queryForObject("select count(*) from process_model", Integer.class);
		this.deployment.deploy(this.client, v2Models);
		assertThat(this.jdbc.queryForObject("select count(*) from process_model", Integer.class))
			.as("the same content deployed again (another replica starting) is recorded once")
			.isEqualTo(rows);

		String second = flows.submit(requester, Rfcs.valid("Upgrade checkout-api to 2.9.1"));
		JsonNode secondChange = flows.awaitState(requester, second, "IN_REVIEW");
		assertThat(secondChange.path("modelVersion").asInt()).isEqualTo(v2);

		assertThat(reviewTaskTitle(second)).as("the inbox names the step as the change's version does")
			.isEqualTo(RENAMED);
		assertThat(reviewTaskTitle(first)).isEqualTo("Review RFC");

		// The running change goes on, on the version it started on.
		flows.complete("manager", first, "REVIEW_RFC", Map.of("decision", "accept"));
		flows.awaitState(requester, first, "AWAITING_CAB");
		assertThat(requester.get("/api/changes/" + first).json().path("modelVersion").asInt()).isEqualTo(v1);
		assertThat(engineVersionsOf(first)).as("every step of the first change ran on v1")
			.containsExactly(engineVersion(v1));
		assertThat(engineVersionsOf(second)).as("the second change runs on v2").containsExactly(engineVersion(v2));

		// A task is due when its own version's timer ends its step.
		flows.complete("manager", second, "REVIEW_RFC", Map.of("decision", "accept"));
		flows.awaitState(requester, second, "AWAITING_CAB");
		assertThat(cabVotesDue(first)).as("v1: the CAB vote is due at the deadline of the round")
			.containsOnly(cabRound(first, "deadline"));
		cabVotesDue(second);
		// Each change decides its CAB by the policy deployed with its process version
		// (bindingType="deployment"), though the first reached that step after v2 came.
		assertThat(cabQuorum(first)).as("v1's policy: a majority of the three CAB members").isEqualTo(2);
		assertThat(cabQuorum(second)).as("v2's policy: one CAB member").isEqualTo(1);
		assertThat(this.jdbc.queryForList(
				"select due_at - created_at from human_task where business_key = ? and kind = 'CAB_VOTE'",
				org.postgresql.util.PGInterval.class, second))
			.as("v2: the CAB vote is due five hours after it opened")
			.isNotEmpty()
			.allSatisfy((wait) -> assertThat(
					wait.getDays() * 86400 + wait.getHours() * 3600 + wait.getMinutes() * 60 + wait.getSeconds())
				.isCloseTo(5 * 3600, org.assertj.core.data.Offset.offset(60.0)));

		// What people see: each change's diagram and path is drawn from its own version.
		ApiSession auditor = signedIn("auditor");
		String firstDiagram = auditor.get("/api/processes/change_request/diagram?version=" + v1).body();
		String secondDiagram = auditor.get("/api/processes/change_request/diagram?version=" + v2).body();
		assertThat(firstDiagram).isEqualTo(jarXml);
		assertThat(secondDiagram).isEqualTo(v2Xml);
		assertThat(auditor.get("/api/processes/change_request/diagram").body())
			.as("without a version: the one new changes start on")
			.isEqualTo(v2Xml);
		assertThat(auditor.get("/api/processes/change_request/diagram?version=999").status()).isEqualTo(404);
		String firstPath = auditor.get("/api/changes/" + first + "/evidence/path.svg").body();
		assertThat(firstPath).contains("Review RFC").doesNotContain(RENAMED);
		String secondPath = auditor.get("/api/changes/" + second + "/evidence/path.svg").body();
		assertThat(secondPath).contains(RENAMED);
	}

	/** The engine's version numbers of the process instance records of a change. */
	private Set<Integer> engineVersionsOf(String changeKey) {
		long instance = this.jdbc.queryForObject("select process_instance_key from change_request where change_key = ?",
				Long.class, changeKey);
		return StreamSupport
			.stream(RecordStream.of(this.engine.getRecordStreamSource()).processInstanceRecords().spliterator(), false)
			.map(Record::getValue)
			.filter((value) -> value.getProcessInstanceKey() == instance)
			.map(ProcessInstanceRecordValue::getVersion)
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	/** The title of the change's review task, once the inbox has it (a moment after). */
	private String reviewTaskTitle(String changeKey) {
		return Eventually.await("the review task of " + changeKey,
				() -> this.jdbc
					.queryForList("select title from human_task where business_key = ? and kind = 'REVIEW_RFC'",
							String.class, changeKey)
					.stream()
					.findFirst()
					.orElse(null),
				(title) -> title != null);
	}

	private java.util.List<java.time.Instant> cabVotesDue(String changeKey) {
		return Eventually
			.await("the CAB votes of " + changeKey,
					() -> this.jdbc.queryForList(
							"select due_at from human_task where business_key = ? and kind = 'CAB_VOTE'",
							java.sql.Timestamp.class, changeKey),
					(due) -> !due.isEmpty())
			.stream()
			.map(java.sql.Timestamp::toInstant)
			.toList();
	}

	private int cabQuorum(String changeKey) {
		return this.jdbc.queryForObject("""
				select (r ->> 'quorum')::int from cab_round, jsonb_array_elements(required_roles) r
				where change_key = ? and r ->> 'role' = 'CAB'""", Integer.class, changeKey);
	}

	private java.time.Instant cabRound(String changeKey, String column) {
		return this.jdbc
			.queryForObject("select " + column + " from cab_round where change_key = ?", java.sql.Timestamp.class,
					changeKey)
			.toInstant();
	}

	/** The engine's latest version number of one of our versions. */
	private int engineVersion(int modelVersion) {
		return this.jdbc.queryForObject("""
				select max(engine_version) from process_model_engine_version
				where model_id = 'change_request' and model_version = ?""", Integer.class, modelVersion);
	}

}
