package io.changeflow.execution;

import io.changeflow.security.ApiAuthorizations;
import io.changeflow.security.CsrfExemption;
import io.changeflow.security.SelfAuthenticatedPaths;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call the execution paths: anyone who can prove it, by the webhook signature
 * (results) or the gates token (gates). The controllers check those credentials, so the
 * paths need no session and no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class ExecutionApi {

	static final String RESULT_PATH = "/api/executions/*/result";

	static final String GATE_PATH = "/api/gates/changes/*";

	static final String RELEASE_GATE_PATH = "/api/gates/releases/*";

	@Bean
	static ApiAuthorizations executionAuthorizations() {
		return (rules) -> rules.requestMatchers(HttpMethod.POST, RESULT_PATH)
			.permitAll()
			.requestMatchers(HttpMethod.GET, GATE_PATH, RELEASE_GATE_PATH)
			.permitAll();
	}

	/** The result's signature is its credential, not the session. */
	@Bean
	static CsrfExemption executionResultCsrf() {
		return new CsrfExemption(HttpMethod.POST, RESULT_PATH);
	}

	/** The gates token is ours, not the identity provider's. */
	@Bean
	static SelfAuthenticatedPaths gateToken() {
		return new SelfAuthenticatedPaths(List.of(GATE_PATH, RELEASE_GATE_PATH));
	}

}
