package io.changeflow.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.change.Rfcs;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.AuditRows;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Change managers resolve unauthorized changes: linked to a retrospective emergency
 * change, accepted, or rolled back; each once, each on the audit log by them. Auditors
 * read and never write.
 */
class UnauthorizedChangeIntegrationTests extends DiscoveryTestSupport {

	@Test
	void aChangeManagerLinksOneToARetrospectiveEmergencyChange() throws Exception {
		long id = detected("CI-00003", "version", "9.9.9");
		ApiSession manager = signedIn("manager");
		String normal = draft(false, "CI-00003");
		String otherCi = draft(true, "CI-00004");
		String emergency = draft(true, "CI-00003");

		assertThat(fieldOf(manager.post(path(id, "link"), Map.of("changeKey", "CHG-999999")))).isEqualTo("changeKey");
		assertThat(fieldOf(manager.post(path(id, "link"), Map.of("changeKey", normal)))).isEqualTo("changeKey");
		assertThat(fieldOf(manager.post(path(id, "link"), Map.of("changeKey", otherCi)))).isEqualTo("changeKey");

		JsonNode linked = new AuditRows(this.jdbc)
			.expectOne("manager", "UnauthorizedChangeLinked",
					() -> manager.post(path(id, "link"), Map.of("changeKey", emergency)))
			.json();

		assertThat(linked.path("status").asText()).isEqualTo("LINKED");
		assertThat(linked.path("changeKey").asText()).isEqualTo(emergency);
		assertThat(linked.path("resolvedBy").asText()).isEqualTo("manager");
		assertThat(linked.path("resolvedAt").asText()).isNotBlank();
		Response again = manager.post(path(id, "accept"), Map.of("reason", "fine"));
		assertThat(again.status()).as("resolved once").isEqualTo(409);
	}

	@Test
	void aChangeManagerAcceptsOneWithAReason() throws Exception {
		long id = detected("CI-00004", "location", "Frankfurt DC2");
		ApiSession manager = signedIn("manager");

		assertThat(fieldOf(manager.post(path(id, "accept"), Map.of("reason", " ")))).isEqualTo("reason");
		JsonNode accepted = new AuditRows(this.jdbc)
			.expectOne("manager", "UnauthorizedChangeAccepted",
					() -> manager.post(path(id, "accept"), Map.of("reason", "The DBA moved it during the outage.")))
			.json();

		assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
		assertThat(accepted.path("reason").asText()).isEqualTo("The DBA moved it during the outage.");
		assertThat(signedIn("auditor").get("/api/cis/CI-00004").json().path("location").asText())
			.isEqualTo("Frankfurt DC2");
		JsonNode open = manager.get("/api/unauthorized-changes?status=OPEN").json();
		assertThat(open.path("items").size()).isZero();
		JsonNode acceptedOnes = manager.get("/api/unauthorized-changes?status=ACCEPTED").json();
		assertThat(acceptedOnes.path("items").findValuesAsText("id")).containsExactly(String.valueOf(id));
	}

	@Test
	void rollingOneBackPutsTheOldValueBackInTheCmdb() throws Exception {
		long id = detected("CI-00003", "version", "9.9.9");
		ApiSession manager = signedIn("manager");

		JsonNode rolledBack = new AuditRows(this.jdbc)
			.expectOne("manager", "UnauthorizedChangeRolledBack",
					() -> manager.post(path(id, "roll-back"), Map.of("reason", "Reinstalled 2.8.3.")))
			.json();

		assertThat(rolledBack.path("status").asText()).isEqualTo("ROLLED_BACK");
		assertThat(rolledBack.path("reason").asText()).isEqualTo("Reinstalled 2.8.3.");
		ApiSession auditor = signedIn("auditor");
		assertThat(auditor.get("/api/cis/CI-00003").json().path("version").asText()).isEqualTo("2.8.3");
		JsonNode history = auditor.get("/api/cis/CI-00003/history").json();
		JsonNode last = history.path(history.size() - 1);
		assertThat(last.path("oldValue").asText()).isEqualTo("9.9.9");
		assertThat(last.path("newValue").asText()).isEqualTo("2.8.3");
	}

	@Test
	void auditorsAndAdminsReadButOnlyChangeManagersResolve() throws Exception {
		long id = detected("CI-00003", "version", "9.9.9");
		String emergency = draft(true, "CI-00003");

		for (String reader : List.of("auditor", "admin", "manager")) {
			ApiSession session = signedIn(reader);
			assertThat(session.get("/api/unauthorized-changes").status()).as(reader).isEqualTo(200);
			assertThat(session.get("/api/unauthorized-changes/" + id).status()).as(reader).isEqualTo(200);
		}
		ApiSession requester = signedIn("requester");
		assertThat(requester.get("/api/unauthorized-changes").status()).isEqualTo(403);
		assertThat(requester.get("/api/unauthorized-changes/" + id).status()).isEqualTo(403);
		for (String writer : List.of("auditor", "admin", "requester")) {
			ApiSession session = signedIn(writer);
			assertThat(session.post(path(id, "link"), Map.of("changeKey", emergency)).status()).as(writer)
				.isEqualTo(403);
			assertThat(session.post(path(id, "accept"), Map.of("reason", "fine")).status()).as(writer).isEqualTo(403);
			assertThat(session.post(path(id, "roll-back"), Map.of("reason", "undone")).status()).as(writer)
				.isEqualTo(403);
		}
		assertThat(signedIn("auditor").get("/api/unauthorized-changes/" + id).json().path("status").asText())
			.isEqualTo("OPEN");
		assertThat(signedIn("manager").get("/api/unauthorized-changes/424242").status()).isEqualTo(404);
	}

	private long detected(String ciKey, String attribute, String value) throws Exception {
		JsonNode result = accepted(batch("netscan", "b-" + ciKey + attribute,
				observation(ciKey, attribute, value, now().minusMinutes(10))));
		assertThat(result.path("unauthorized").asInt()).isEqualTo(1);
		return result.path("observations").path(0).path("unauthorizedChangeId").asLong();
	}

	private String draft(boolean emergency, String ciKey) {
		Map<String, Object> rfc = Rfcs.valid("Retrospective: what changed on " + ciKey, List.of(ciKey));
		rfc.put("emergency", emergency);
		Response created = signedIn("requester").post("/api/changes", rfc);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.json().path("key").asText();
	}

	private static String path(long id, String action) {
		return "/api/unauthorized-changes/" + id + "/" + action;
	}

	private static String fieldOf(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		return response.json().path("errors").path(0).path("field").asText();
	}

}
