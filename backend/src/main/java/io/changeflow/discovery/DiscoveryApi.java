package io.changeflow.discovery;

import io.changeflow.security.ApiAuthorizations;
import io.changeflow.security.CsrfExemption;
import io.changeflow.security.SelfAuthenticatedPaths;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call the discovery paths. Discovery tools prove themselves with the discovery
 * token (checked before the body is read, so a caller without it learns nothing about the
 * CMDB from validation errors); people read and resolve unauthorized changes with their
 * session.
 */
@Configuration(proxyBeanMethods = false)
class DiscoveryApi implements WebMvcConfigurer {

	static final String OBSERVATIONS_PATH = "/api/cmdb/observations";

	private final DiscoveryToken token;

	DiscoveryApi(DiscoveryToken token) {
		this.token = token;
	}

	@Bean
	static ApiAuthorizations discoveryAuthorizations() {
		return (rules) -> rules.requestMatchers(HttpMethod.POST, OBSERVATIONS_PATH)
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/unauthorized-changes", "/api/unauthorized-changes/*")
			.hasAnyRole("CHANGE_MANAGER", "ADMIN", "AUDITOR")
			.requestMatchers(HttpMethod.POST, "/api/unauthorized-changes/*/link", "/api/unauthorized-changes/*/accept",
					"/api/unauthorized-changes/*/roll-back")
			.hasRole("CHANGE_MANAGER");
	}

	/** The token is the credential, not the session. */
	@Bean
	static CsrfExemption observationsCsrf() {
		return new CsrfExemption(HttpMethod.POST, OBSERVATIONS_PATH);
	}

	/** The discovery token is ours, not the identity provider's. */
	@Bean
	static SelfAuthenticatedPaths discoveryTokenPaths() {
		return new SelfAuthenticatedPaths(List.of(OBSERVATIONS_PATH));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.token).addPathPatterns(OBSERVATIONS_PATH);
	}

}
