package io.changeflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * In prod, a path that checks its own bearer token (the gating API) must not have that
 * token read as an identity provider's JWT, which would refuse it; every other path still
 * is.
 */
class SelfAuthenticatedPathsTests {

	private final BearerTokenResolver tokens = OidcSecurityConfiguration
		.bearerTokens(SelfAuthenticatedPaths.all(List.of(new SelfAuthenticatedPaths(List.of("/api/gates/changes/*")))));

	@Test
	void theIdentityProviderDoesNotReadTheTokenOfASelfAuthenticatedPath() {
		assertThat(this.tokens.resolve(request("/api/gates/changes/CHG-000001"))).isNull();
	}

	@Test
	void itReadsTheBearerTokenOfEveryOtherPath() {
		assertThat(this.tokens.resolve(request("/api/changes/CHG-000001"))).isEqualTo("gate-token");
	}

	private static MockHttpServletRequest request(String path) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addHeader("Authorization", "Bearer gate-token");
		return request;
	}

}
