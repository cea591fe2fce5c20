package io.changeflow.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Prod: an OIDC resource server. Bearer tokens from the identity provider (issuer from
 * {@code CHANGEFLOW_OIDC_ISSUER_URI}) carry the roles in a {@code roles} claim or in
 * Keycloak's {@code realm_access.roles}. No session and so no CSRF token: a bearer token
 * is not sent by the browser on its own.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class OidcSecurityConfiguration {

	@Bean
	SecurityFilterChain oidcChain(HttpSecurity http, ObjectProvider<ApiAuthorizations> features,
			AuthenticationEntryPoint entryPoint, AccessDeniedHandler accessDenied,
			ObjectProvider<SelfAuthenticatedPaths> selfAuthenticated) throws Exception {
		SecurityConfiguration.authorize(http, SecurityConfiguration.ordered(features));
		JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
		roles.setJwtGrantedAuthoritiesConverter(OidcSecurityConfiguration::roles);
		roles.setPrincipalClaimName("preferred_username");
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.oauth2ResourceServer((server) -> server.bearerTokenResolver(bearerTokens(selfAuthenticated))
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(roles))
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDenied))
			.exceptionHandling(
					(errors) -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied));
		return http.build();
	}

	/** Reads bearer tokens except on paths whose feature checks its own token. */
	private static BearerTokenResolver bearerTokens(ObjectProvider<SelfAuthenticatedPaths> selfAuthenticated) {
		List<RequestMatcher> own = SelfAuthenticatedPaths.all(selfAuthenticated)
			.stream()
			.map((pattern) -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern))
			.toList();
		DefaultBearerTokenResolver tokens = new DefaultBearerTokenResolver();
		return (request) -> own.stream().anyMatch((matcher) -> matcher.matches(request)) ? null
				: tokens.resolve(request);
	}

	static Collection<GrantedAuthority> roles(Jwt jwt) {
		List<String> names = new ArrayList<>();
		if (jwt.getClaim("roles") instanceof Collection<?> direct) {
			direct.forEach((role) -> names.add(role.toString()));
		}
		if (jwt.getClaim("realm_access") instanceof Map<?, ?> realm && realm.get("roles") instanceof Collection<?> kc) {
			kc.forEach((role) -> names.add(role.toString()));
		}
		return names.stream()
			.map((name) -> name.toUpperCase().replace('-', '_'))
			.filter(OidcSecurityConfiguration::isRole)
			.map((name) -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + name))
			.toList();
	}

	private static boolean isRole(String name) {
		for (Role role : Role.values()) {
			if (role.name().equals(name)) {
				return true;
			}
		}
		return false;
	}

}
