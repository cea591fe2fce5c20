package io.changeflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.IntegrationTest;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets a clear Problem Details answer with the field at fault, never a 500. The
 * login endpoint is the body-taking endpoint every build has, so it stands in for all of
 * them.
 */
class ApiErrorsIntegrationTests extends IntegrationTest {

	private ApiSession session;

	@BeforeEach
	void csrf() {
		this.session = anonymous();
		this.session.get("/api/auth/csrf");
	}

	@Test
	void malformedJsonIs400() {
		Response response = this.session.postRaw("/api/auth/login", "{\"username\": \"admin\", ");

		assertProblem(response, 400, "Malformed request body");
	}

	@Test
	void anEmptyBodyIs400() {
		assertProblem(this.session.postRaw("/api/auth/login", ""), 400, "Malformed request body");
	}

	@Test
	void anUnknownFieldIs400NamingTheField() {
		Response response = this.session.post("/api/auth/login",
				Map.of("username", "admin", "password", "x", "isAdmin", true));

		assertProblem(response, 400, "Unknown field");
		assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("isAdmin");
	}

	@Test
	void aValueOfTheWrongTypeIs400NamingTheField() {
		Response response = this.session.postRaw("/api/auth/login", "{\"username\": [1, 2], \"password\": \"x\"}");

		assertProblem(response, 400, "Invalid value");
		assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("username");
	}

	@Test
	void aMalformedDateIs400NamingTheField() {
		Response response = signedIn("admin").post("/api/blackout-windows",
				Map.of("name", "Freeze", "startsAt", "next tuesday", "endsAt", "2026-12-31T00:00:00Z"));

		assertProblem(response, 400, "Invalid value");
		assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("startsAt");
	}

	@Test
	void missingFieldsAre400WithEveryFieldNamed() {
		Response response = this.session.post("/api/auth/login", Map.of("username", " "));

		assertProblem(response, 400, "Invalid request");
		assertThat(response.json().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("username",
				"password");
	}

	@Test
	void aBodyOverTheLimitIs413() {
		String huge = "{\"username\": \"" + "x".repeat(17 * 1024 * 1024) + "\", \"password\": \"x\"}";

		assertProblem(this.session.postRaw("/api/auth/login", huge), 413, "Request body too large");
	}

	@Test
	void aChunkedBodyOverTheLimitIs413() {
		byte[] chunk = "x".repeat(1024 * 1024).getBytes();
		Flow.Publisher<ByteBuffer> body = BodyPublishers.fromPublisher(BodyPublishers.ofByteArrays(
				() -> Stream.concat(Stream.of("{\"username\": \"".getBytes()), Stream.generate(() -> chunk).limit(17))
					.iterator()));

		assertProblem(this.session.postChunked("/api/auth/login", BodyPublishers.fromPublisher(body)), 413,
				"Request body too large");
	}

	@Test
	void anInvalidQueryParameterIs400NamingIt() {
		Response response = signedIn("auditor").get("/api/cis?limit=0");

		assertProblem(response, 400, "Invalid request");
		assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("limit");
	}

	@Test
	void anUnknownResourceIs404ProblemDetails() {
		assertProblem(signedIn("auditor").get("/api/cis/CI-99999"), 404, "configuration item not found");
	}

	private static void assertProblem(Response response, int status, String title) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().path("title").asText()).isEqualTo(title);
		assertThat(response.json().path("status").asInt()).isEqualTo(status);
	}

}
