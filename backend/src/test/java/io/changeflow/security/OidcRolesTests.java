package io.changeflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Prod maps the identity provider's role claims to Changeflow roles and ignores
 * everything else.
 */
class OidcRolesTests {

	@Test
	void rolesComeFromTheRolesClaimAndKeycloaksRealmRoles() {
		Jwt jwt = jwt(Map.of("roles", List.of("change-manager", "offline_access"), "realm_access",
				Map.of("roles", List.of("AUDITOR", "uma_authorization"))));

		assertThat(OidcSecurityConfiguration.roles(jwt)).extracting(GrantedAuthority::getAuthority)
			.containsExactly("ROLE_CHANGE_MANAGER", "ROLE_AUDITOR");
	}

	@Test
	void aTokenWithoutRolesGrantsNone() {
		assertThat(OidcSecurityConfiguration.roles(jwt(Map.of("scope", "openid")))).isEmpty();
	}

	private static Jwt jwt(Map<String, Object> claims) {
		return Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.subject("someone")
			.issuedAt(Instant.now())
			.claims((all) -> all.putAll(claims))
			.build();
	}

}
