package io.changeflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed RFCs get 400 naming the field at fault, and none of them creates a change or
 * starts a process. Each case breaks one field of a body that is valid as it is. A field
 * left out is fine in a draft: submission names it ({@link ChangeDraftIntegrationTests}).
 */
class ChangeBadInputIntegrationTests extends IntegrationTest {

	private ApiSession requester;

	@BeforeEach
	void signIn() {
		this.requester = signedIn("requester");
	}

	private void assertNothingCreated(int changesBefore) {
		assertThat(this.jdbc.queryForObject("select count(*) from change_request", Integer.class))
			.isEqualTo(changesBefore);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from change_request where process_instance_key is not null", Integer.class))
			.as("no process started")
			.isZero();
	}

	private int changes() {
		return this.jdbc.queryForObject("select count(*) from change_request", Integer.class);
	}

	static Stream<Arguments> malformedRfcs() {
		return Stream.of(field("missing title", "title", (rfc) -> rfc.remove("title")),
				field("blank title", "title", (rfc) -> rfc.put("title", "   ")),
				field("title too short", "title", (rfc) -> rfc.put("title", "ab")),
				field("title too long", "title", (rfc) -> rfc.put("title", "x".repeat(201))),
				field("angle bracket in title", "title", (rfc) -> rfc.put("title", "a > b")),
				field("script in title", "title", (rfc) -> rfc.put("title", "<script>alert(1)</script>")),
				field("script in description", "description",
						(rfc) -> rfc.put("description", "Fine <SCRIPT src=//evil.example/x.js></SCRIPT>")),
				field("markup in the test plan", "testPlan",
						(rfc) -> rfc.put("testPlan", "<img src=x onerror=alert(1)>")),
				field("html comment in justification", "justification",
						(rfc) -> rfc.put("justification", "Because <!-- hidden -->")),
				field("10 MB description", "description",
						(rfc) -> rfc.put("description", "x".repeat(10 * 1024 * 1024))),
				field("unknown category", "category", (rfc) -> rfc.put("category", "BANANAS")),
				field("impact 9", "impact", (rfc) -> rfc.put("impact", 9)),
				field("urgency 0", "urgency", (rfc) -> rfc.put("urgency", 0)),
				field("impact \"high\"", "impact", (rfc) -> rfc.put("impact", "high")),
				field("window ends before it starts", "plannedEnd", (rfc) -> Rfcs.window(rfc, 2, 1)),
				field("window of no length", "plannedEnd", (rfc) -> Rfcs.window(rfc, 2, 2)),
				field("start three years ahead", "plannedStart",
						(rfc) -> Rfcs.window(rfc, 3 * 366 * 24, 3 * 366 * 24 + 1)),
				field("malformed date", "plannedStart", (rfc) -> rfc.put("plannedStart", "2027-13-45T25:00:00Z")),
				field("date without offset", "plannedEnd", (rfc) -> rfc.put("plannedEnd", "2027-01-15T10:00:00")),
				field("bad time zone", "timeZone", (rfc) -> rfc.put("timeZone", "Mars/Olympus_Mons")),
				field("offset instead of a time zone", "timeZone", (rfc) -> rfc.put("timeZone", "+02:00")),
				field("unknown CI", "affectedCis", (rfc) -> rfc.put("affectedCis", List.of("CI-00003", "CI-99999"))),
				field("too many CIs", "affectedCis",
						(rfc) -> rfc.put("affectedCis",
								IntStream.rangeClosed(1, 51).mapToObj("CI-%05d"::formatted).toList())),
				field("blank CI key", "affectedCis[0]", (rfc) -> rfc.put("affectedCis", List.of(" "))),
				field("incident ref with spaces", "incidentRefs[0]",
						(rfc) -> rfc.put("incidentRefs", List.of("INC 1042"))),
				field("incident ref too long", "incidentRefs[0]",
						(rfc) -> rfc.put("incidentRefs", List.of("I".repeat(41)))),
				field("too many incident refs", "incidentRefs",
						(rfc) -> rfc.put("incidentRefs",
								IntStream.rangeClosed(1, 21).mapToObj("INC-%d"::formatted).toList())),
				field("bad sha256", "attachments[0].sha256",
						(rfc) -> rfc.put("attachments",
								List.of(Map.of("name", "a.pdf", "size", 1, "sha256", "A".repeat(64))))),
				field("negative attachment size", "attachments[0].size",
						(rfc) -> rfc.put("attachments",
								List.of(Map.of("name", "a.pdf", "size", -1, "sha256", "a".repeat(64))))),
				field("attachment over 100 MB", "attachments[0].size",
						(rfc) -> rfc.put("attachments",
								List.of(Map.of("name", "a.iso", "size", 104_857_601, "sha256", "a".repeat(64))))),
				field("attachment name too long", "attachments[0].name",
						(rfc) -> rfc.put("attachments",
								List.of(Map.of("name", "n".repeat(256), "size", 1, "sha256", "a".repeat(64))))),
				field("unknown change model", "changeModelId",
						(rfc) -> rfc.put("changeModelId", "7d0f8a52-1b2c-4d3e-9f00-123456789abc")),
				field("change model id that is no UUID", "changeModelId", (rfc) -> rfc.put("changeModelId", "model-1")),
				field("unknown implementer", "implementer", (rfc) -> rfc.put("implementer", "nobody")),
				field("emergency \"yes\"", "emergency", (rfc) -> rfc.put("emergency", "yes")),
				field("unknown JSON field", "approved", (rfc) -> rfc.put("approved", true)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedRfcs")
	void aMalformedRfcIs400NamingTheField(String name, String field, Consumer<Map<String, Object>> breakIt) {
		Map<String, Object> rfc = Rfcs.valid("Upgrade checkout-api");
		breakIt.accept(rfc);
		int before = changes();

		Response response = this.requester.postRaw("/api/changes", Rfcs.json(rfc));

		assertNothingCreated(before);
		assertThat(response.status()).as(shorten(response)).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().path("errors").findValuesAsText("field")).as(shorten(response)).contains(field);
	}

	@Test
	void theBodyTheCasesBreakIsValid() {
		Response created = this.requester.post("/api/changes", Rfcs.valid("Upgrade checkout-api"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(changes()).isEqualTo(1);
	}

	@Test
	void theUnknownCisAreNamed() {
		Map<String, Object> rfc = Rfcs.valid("Upgrade checkout-api");
		rfc.put("affectedCis", List.of("CI-99999", "CI-00003", "CI-88888"));

		Response unknown = this.requester.post("/api/changes", rfc);

		assertNothingCreated(0);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().path("errors").get(0).path("message").asText())
			.isEqualTo("Unknown configuration items: CI-99999, CI-88888");
	}

	/**
	 * A draft needs only its title; what else is missing is named when it is submitted
	 * ({@link ChangeDraftIntegrationTests}).
	 */
	@Test
	void anEmptyBodyLacksItsTitle() {
		Response response = this.requester.post("/api/changes", Map.of());

		assertNothingCreated(0);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").findValuesAsText("field")).containsExactly("title");
		assertThat(response.json().path("errors").findValuesAsText("message")).containsExactly("Enter a title.");
	}

	@Test
	void notJsonIs400() {
		assertThat(this.requester.postRaw("/api/changes", "{\"title\": ").status()).isEqualTo(400);
		assertThat(this.requester.postRaw("/api/changes", "").status()).isEqualTo(400);
		assertNothingCreated(0);
	}

	@Test
	void aBodyOverTheLimitIs413() {
		Map<String, Object> rfc = Rfcs.valid("Upgrade checkout-api");
		rfc.put("description", "x".repeat(17 * 1024 * 1024));

		assertThat(this.requester.postRaw("/api/changes", Rfcs.json(rfc)).status()).isEqualTo(413);
		assertNothingCreated(0);
	}

	@Test
	void aBadEditIs400AndChangesNothing() {
		Response created = this.requester.post("/api/changes", Rfcs.valid("Upgrade checkout-api"));
		Map<String, Object> rfc = Rfcs.valid("<b>Upgrade</b>");

		Response edit = this.requester.put("/api/changes/CHG-000001", rfc);

		assertThat(created.status()).isEqualTo(201);
		assertThat(edit.status()).isEqualTo(400);
		assertThat(this.requester.get("/api/changes/CHG-000001").json().path("title").asText())
			.isEqualTo("Upgrade checkout-api");
	}

	@Test
	void aWithdrawalNeedsAReason() {
		Response created = this.requester.post("/api/changes", Rfcs.valid("Upgrade checkout-api"));

		Response withdraw = this.requester.post("/api/changes/CHG-000001/withdraw", Map.of("reason", " "));
		Response tooLong = this.requester.post("/api/changes/CHG-000001/withdraw", Map.of("reason", "r".repeat(2001)));

		assertThat(created.status()).isEqualTo(201);
		assertThat(withdraw.json().path("errors").get(0).path("field").asText()).isEqualTo("reason");
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(this.requester.get("/api/changes/CHG-000001").json().path("state").asText()).isEqualTo("DRAFT");
	}

	private static Arguments field(String name, String field, Consumer<Map<String, Object>> breakIt) {
		return Arguments.of(name, field, breakIt);
	}

	private static String shorten(Response response) {
		String text = response.toString();
		return (text.length() > 500) ? text.substring(0, 500) + "..." : text;
	}

}
