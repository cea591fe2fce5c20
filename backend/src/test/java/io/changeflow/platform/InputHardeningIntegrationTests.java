package io.changeflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text PostgreSQL cannot store, dates that overflow, nulls inside lists and trailing
 * garbage get 400 naming the field, before anything reaches the database.
 */
class InputHardeningIntegrationTests extends IntegrationTest {

	private static final String WINDOW = """
			{"name": %s, "startsAt": %s, "endsAt": "2030-01-02T00:00:00Z"}""";

	private ApiSession admin;

	@BeforeEach
	void signIn() {
		this.admin = signedIn("admin");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "\"Freeze\\u0000\"", "\"\\u0000\"", "\"a\\ud800b\"", "\"\\udfff\"", "\"\\udc00\\ud800\"" })
	void textPostgresCannotStoreIs400NamingTheField(String name) {
		Response response = this.admin.postRaw("/api/blackout-windows",
				WINDOW.formatted(name, "\"2030-01-01T00:00:00Z\""));

		assertInvalid(response, "name");
		assertThat(windows()).isZero();
	}

	@Test
	void aNulCharacterDeepInsideTheBodyIsNamedByItsPath() {
		String rfc = "{\"title\": \"Upgrade\", \"attachments\": [{\"name\": \"a\\u0000.pdf\"}]}";

		assertInvalid(signedIn("requester").postRaw("/api/changes", rfc), "attachments[0].name");
	}

	@Test
	void aValidSurrogatePairIsAccepted() {
		Response response = this.admin.postRaw("/api/blackout-windows",
				WINDOW.formatted("\"Freeze \\ud83d\\ude80\"", "\"2030-01-01T00:00:00Z\""));

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.json().path("name").asText()).isEqualTo("Freeze \uD83D\uDE80");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "1969-12-31T23:59:59Z",
			"+10000-01-01T00:00:00Z", "0000-01-01T00:00:00+01:00" })
	void aDateOutsideTheAcceptedYearsIs400NamingTheField(String date) {
		Response response = this.admin.postRaw("/api/blackout-windows",
				WINDOW.formatted("\"Freeze\"", "\"" + date + "\""));

		assertInvalid(response, "startsAt");
		assertThat(response.json().path("errors").get(0).path("message").asText()).contains("1970", "9999");
		assertThat(windows()).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "[null]", "[\"APPLICATION\", null]" })
	void aNullInsideAListIs400NamingTheItem(String releaseUnit) {
		String release = """
				{"name": "Checkout", "type": "DELTA", "releaseUnit": %s, "environments": ["prod"],
				 "plannedStart": "2030-01-01T00:00:00Z", "plannedEnd": "2030-01-02T00:00:00Z",
				 "backoutPlan": "Roll back"}""".formatted(releaseUnit);

		Response response = signedIn("releng").postRaw("/api/releases", release);

		assertInvalid(response, "releaseUnit[" + (releaseUnit.startsWith("[null") ? 0 : 1) + "]");
		assertThat(this.jdbc.queryForObject("select count(*) from software_release", Integer.class)).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { " xyz", "{}", " \"more\"", "]", " 1" })
	void trailingTokensAfterTheBodyAre400(String trailing) {
		Response response = this.admin.postRaw("/api/blackout-windows",
				WINDOW.formatted("\"Freeze\"", "\"2030-01-01T00:00:00Z\"") + trailing);

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(windows()).isZero();
	}

	@Test
	void aNulCharacterInAQueryParameterIs400NamingIt() {
		Response response = signedIn("releng").get("/api/releases?q=abc%00def");

		assertInvalid(response, "q");
	}

	@Test
	void aNulCharacterInThePathIsAProblemNotA500() {
		Response response = signedIn("auditor").get("/api/changes/CHG-%00");

		assertThat(response.status()).as(response.toString()).isBetween(400, 499);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void theErrorPageAnswersProblemDetails() {
		Response response = anonymous().get("/error");

		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().path("status").asInt()).isEqualTo(response.status());
	}

	private int windows() {
		return this.jdbc.queryForObject("select count(*) from blackout_window", Integer.class);
	}

	private static void assertInvalid(Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().path("errors").get(0).path("field").asText()).as(response.toString())
			.isEqualTo(field);
	}

}
