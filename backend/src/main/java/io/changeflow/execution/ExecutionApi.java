package io.changeflow.execution;

import io.changeflow.security.ApiAuthorizations;
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

	@Bean
	static ApiAuthorizations executionAuthorizations() {
		return (rules) -> rules.requestMatchers(HttpMethod.POST, RESULT_PATH)
			.permitAll()
			.requestMatchers(HttpMethod.GET, GATE_PATH)
			.permitAll();
	}

	@Bean
	static SelfAuthenticatedPaths executionCredentials() {
		return new SelfAuthenticatedPaths(List.of(RESULT_PATH, GATE_PATH));
	}

}
