package io.changeflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.IntegrationTest;
import io.changeflow.testing.TestInfrastructure;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecurityIntegrationTests extends IntegrationTest {

	@ParameterizedTest(name = "{0} signs in as {1}")
	@CsvSource({ "requester,REQUESTER", "manager,CHANGE_MANAGER", "cab1,CAB_MEMBER", "cab2,CAB_MEMBER",
			"cab3,CAB_MEMBER", "ecab,ECAB_MEMBER", "releng,RELEASE_ENGINEER", "releng2,RELEASE_ENGINEER",
			"auditor,AUDITOR", "admin,ADMIN" })
	void everySeededRoleSignsInAndSeesItself(String username, String role) {
		ApiSession session = signedIn(username);

		Response me = session.get("/api/me");

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().path("username").asText()).isEqualTo(username);
		assertThat(me.json().path("roles").toString()).isEqualTo("[\"" + role + "\"]");
	}

	@Test
	void everySignedInPersonReadsThePeopleDirectoryAndNobodyElse() {
		Response people = signedIn("requester").get("/api/people");

		assertThat(people.status()).isEqualTo(200);
		assertThat(people.json().findValuesAsText("username")).contains("cab1", "manager", "admin");
		assertThat(people.json()).anySatisfy((person) -> {
			assertThat(person.path("username").asText()).isEqualTo("cab1");
			assertThat(person.path("displayName").asText()).isEqualTo("Casey Cab");
		});
		assertThat(anonymous().get("/api/people").status()).isEqualTo(401);
	}

	@Test
	void withoutASessionTheApiAnswers401ProblemDetails() {
		Response me = anonymous().get("/api/me");

		assertThat(me.status()).isEqualTo(401);
		assertThat(me.header("Content-Type")).startsWith("application/problem+json");
		assertThat(me.json().path("title").asText()).isEqualTo("Unauthorized");
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefusedWith403() {
		ApiSession session = signedIn("manager");

		Response logout = session.postWithoutCsrf("/api/auth/logout", Map.of());

		assertThat(logout.status()).isEqualTo(403);
		assertThat(logout.json().path("detail").asText()).contains("CSRF");
		assertThat(session.get("/api/me").status()).as("still signed in").isEqualTo(200);
	}

	@Test
	void aLoginWithoutTheCsrfTokenIsRefused() {
		ApiSession session = anonymous();

		Response login = session.postWithoutCsrf("/api/auth/login",
				Map.of("username", "admin", "password", TestInfrastructure.DEMO_PASSWORD));

		assertThat(login.status()).isEqualTo(403);
		assertThat(session.get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void aWrongPasswordIs401AndCreatesNoSession() {
		ApiSession session = anonymous();

		Response login = session.tryLogin("manager", "not-the-password");

		assertThat(login.status()).isEqualTo(401);
		assertThat(login.header("Content-Type")).startsWith("application/problem+json");
		assertThat(session.get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void theCsrfTokenChangesAtLogin() {
		ApiSession session = anonymous();
		session.get("/api/auth/csrf");
		String before = session.csrfToken();

		session.login("manager", TestInfrastructure.DEMO_PASSWORD);

		assertThat(session.csrfToken()).isNotNull().isNotEqualTo(before);
		assertThat(session.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);
	}

	@Test
	void logoutEndsTheSession() {
		ApiSession session = signedIn("auditor");

		assertThat(session.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);
		assertThat(session.get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void apiPathsNoFeatureNamesAreDenied() {
		assertThat(anonymous().get("/api/nothing-here").status()).isEqualTo(401);
		assertThat(signedIn("admin").get("/api/nothing-here").status()).isEqualTo(403);
	}

	@Test
	void healthIsPublicAndTheRestOfActuatorIsForAdmins() {
		assertThat(anonymous().get("/actuator/health").json().path("status").asText()).isEqualTo("UP");
		assertThat(anonymous().get("/actuator/metrics").status()).isEqualTo(401);
		assertThat(signedIn("auditor").get("/actuator/metrics").status()).isEqualTo(403);
		assertThat(signedIn("admin").get("/actuator/metrics").status()).isEqualTo(200);
	}

	@Test
	void theOpenApiDocumentIsForAdmins() {
		assertThat(signedIn("requester").get("/v3/api-docs").status()).isEqualTo(403);
		Response docs = signedIn("admin").get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().path("paths").has("/api/cis")).isTrue();
		assertThat(docs.json().path("paths").has("/api/me")).isTrue();
	}

	@Test
	void responsesCarrySecurityHeaders() {
		Response response = anonymous().get("/api/me");

		assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'")
			.contains("frame-ancestors 'none'");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void passwordsAreStoredHashed() {
		var hashes = this.jdbc.queryForList("select password_hash from app_user", String.class);

		assertThat(hashes).hasSize(10).allSatisfy((hash) -> {
			assertThat(hash).startsWith("{bcrypt}");
			assertThat(hash).doesNotContain(TestInfrastructure.DEMO_PASSWORD);
		});
	}

}
