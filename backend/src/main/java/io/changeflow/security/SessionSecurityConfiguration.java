package io.changeflow.security;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Default mode: the web UI signs in with a session cookie; every state-changing request
 * carries the CSRF token from the {@code XSRF-TOKEN} cookie in the {@code X-XSRF-TOKEN}
 * header.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
class SessionSecurityConfiguration {

	@Bean
	SecurityFilterChain sessionChain(HttpSecurity http, ObjectProvider<ApiAuthorizations> features,
			CookieCsrfTokenRepository csrfTokens, SecurityContextRepository contexts,
			AuthenticationEntryPoint entryPoint, AccessDeniedHandler accessDenied,
			ObjectProvider<SelfAuthenticatedPaths> selfAuthenticated) throws Exception {
		List<ApiAuthorizations> rules = SecurityConfiguration.ordered(features);
		SecurityConfiguration.authorize(http, rules);
		http.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
			.csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
			.ignoringRequestMatchers(SelfAuthenticatedPaths.all(selfAuthenticated)
				.stream()
				.map(PathPatternRequestMatcher.withDefaults()::matcher)
				.toArray(RequestMatcher[]::new)))
			.securityContext((context) -> context.securityContextRepository(contexts))
			.exceptionHandling(
					(errors) -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
			.logout((logout) -> logout
				.logoutRequestMatcher(PathPatternRequestMatcher.withDefaults()
					.matcher(org.springframework.http.HttpMethod.POST, "/api/auth/logout"))
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable());
		return http.build();
	}

	@Bean
	CookieCsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookieCustomizer((cookie) -> cookie.sameSite("Lax").path("/"));
		return repository;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	SessionAuthenticationStrategy sessionAuthenticationStrategy(CookieCsrfTokenRepository csrfTokens) {
		return new CompositeSessionAuthenticationStrategy(
				List.of(new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));
	}

	@Bean
	AuthenticationManager authenticationManager(AppUserDetailsService users, PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(provider);
	}

}
