package io.changeflow.security;

import io.changeflow.platform.ProblemResponses;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What both security modes share: the authorisation rules, JSON errors and security
 * headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	/**
	 * The app itself only; Mantine writes inline styles, nothing writes inline scripts.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	ApiAuthorizations accountApi() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/auth/csrf")
			.permitAll()
			.requestMatchers(HttpMethod.POST, "/api/auth/login")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/me", "/api/people")
			.authenticated();
	}

	/**
	 * The rules of every chain: public health, admin-only operations, each feature's API
	 * rules, and no other API path. Everything else is the static web UI.
	 */
	static void authorize(HttpSecurity http, List<ApiAuthorizations> features) throws Exception {
		http.authorizeHttpRequests((rules) -> {
			rules.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.hasRole(Role.ADMIN.name());
			features.forEach((feature) -> feature.configure(rules));
			rules.requestMatchers("/api/**").denyAll().anyRequest().permitAll();
		});
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frame) -> frame.deny()));
	}

	static List<ApiAuthorizations> ordered(ObjectProvider<ApiAuthorizations> features) {
		return features.orderedStream().toList();
	}

	@Bean
	AuthenticationEntryPoint problemEntryPoint(ProblemResponses problems) {
		return (request, response, ex) -> problems.send(response, HttpStatus.UNAUTHORIZED, "Unauthorized",
				"Sign in to use this resource");
	}

	@Bean
	AccessDeniedHandler problemAccessDenied(ProblemResponses problems) {
		return (request, response, ex) -> problems
			.send(response, HttpStatus.FORBIDDEN, "Forbidden", (ex instanceof CsrfException)
					? "Missing or invalid CSRF token: send the XSRF-TOKEN cookie value " + "in the X-XSRF-TOKEN header"
					: "Your roles do not allow this");
	}

}
