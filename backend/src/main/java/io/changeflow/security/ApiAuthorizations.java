package io.changeflow.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A feature states who may call its API paths by contributing a bean of this type. Paths
 * under {@code /api} that no feature names are denied.
 */
@FunctionalInterface
public interface ApiAuthorizations {

	/**
	 * Adds the rules of one feature.
	 * @param rules the registry to add request matchers and their roles to
	 */
	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

}
