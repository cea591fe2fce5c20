package io.changeflow.security;

import java.util.List;

/**
 * API paths whose requests carry their own credential (a signature or a token the feature
 * checks) instead of a session or an identity provider's token: no CSRF token is asked
 * for, and in prod their {@code Authorization} header is not read as an OIDC bearer
 * token. The feature still grants access to them in its {@link ApiAuthorizations}.
 *
 * @param patterns path patterns, e.g. {@code /api/executions/*}{@code /result}
 */
public record SelfAuthenticatedPaths(List<String> patterns) {

	public SelfAuthenticatedPaths {
		patterns = List.copyOf(patterns);
	}

	static List<String> all(Iterable<SelfAuthenticatedPaths> features) {
		List<String> patterns = new java.util.ArrayList<>();
		features.forEach((feature) -> patterns.addAll(feature.patterns()));
		return patterns;
	}

}
