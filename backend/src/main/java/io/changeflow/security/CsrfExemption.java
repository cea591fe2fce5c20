package io.changeflow.security;

import java.util.Objects;
import org.springframework.http.HttpMethod;

/**
 * An API path whose requests carry their own credential, such as a signed single-use
 * token in the path, instead of the session cookie: a forged cross-site request gains
 * nothing the token does not already grant, so the session chain does not ask it for a
 * CSRF token. A feature declares one as a bean next to its {@link ApiAuthorizations};
 * every other request keeps its CSRF check.
 *
 * @param method the HTTP method
 * @param pattern the path pattern, e.g. {@code /api/email-approvals/*}
 */
public record CsrfExemption(HttpMethod method, String pattern) {

	public CsrfExemption {
		Objects.requireNonNull(method, "method");
		if (pattern == null || !pattern.startsWith("/api/")) {
			throw new IllegalArgumentException("Only API paths may skip the CSRF check: " + pattern);
		}
	}

}
