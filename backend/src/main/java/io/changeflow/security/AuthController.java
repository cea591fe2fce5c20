package io.changeflow.security;

import io.changeflow.platform.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Session login for the web UI: JSON in, the user out, a session cookie and a fresh CSRF
 * token set.
 */
@RestController
@Profile("!prod")
class AuthController {

	private final AuthenticationManager authenticationManager;

	private final SecurityContextRepository contextRepository;

	private final SessionAuthenticationStrategy sessionStrategy;

	private final LoginThrottle throttle;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final ApplicationEventPublisher events;

	AuthController(AuthenticationManager authenticationManager, SecurityContextRepository contextRepository,
			SessionAuthenticationStrategy sessionStrategy, LoginThrottle throttle, ApplicationEventPublisher events) {
		this.events = events;
		this.authenticationManager = authenticationManager;
		this.contextRepository = contextRepository;
		this.sessionStrategy = sessionStrategy;
		this.throttle = throttle;
	}

	/** Sets the XSRF-TOKEN cookie so a fresh page can send its first POST (the login). */
	@GetMapping("/api/auth/csrf")
	ResponseEntity<Void> csrf(CsrfToken token) {
		token.getToken();
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/auth/login")
	UserView login(@Valid @RequestBody LoginRequest login, HttpServletRequest request, HttpServletResponse response) {
		String address = request.getRemoteAddr();
		this.throttle.check(login.username(), address);
		Authentication authentication;
		try {
			authentication = this.authenticationManager
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login.username(), login.password()));
		}
		catch (AuthenticationServiceException ex) {
			// The user store could not be asked (the database is down): no guess was
			// made.
			throw ex;
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(login.username(), address);
			this.events.publishEvent(new SignInAttempted(login.username(), false, address));
			throw ex;
		}
		this.throttle.succeeded(login.username());
		this.events.publishEvent(new SignInAttempted(authentication.getName(), true, address));
		// New session id and new CSRF token: a token or session seen before login is
		// worthless after it.
		this.sessionStrategy.onAuthentication(authentication, request, response);
		var context = this.holder.createEmptyContext();
		context.setAuthentication(authentication);
		this.holder.setContext(context);
		this.contextRepository.saveContext(context, request, response);
		CsrfToken fresh = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (fresh != null) {
			fresh.getToken();
		}
		return ((CurrentUser) authentication.getPrincipal()).view();
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> loginFailed(AuthenticationException ex) {
		if (ex instanceof AuthenticationServiceException) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					"Signing in is not possible at the moment. Try again in a few seconds.");
			problem.setTitle("Service unavailable");
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
				.body(problem);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, "Wrong username or password");
		problem.setTitle("Login failed");
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
	}

	@ExceptionHandler(LoginThrottledException.class)
	ResponseEntity<ProblemDetail> throttled(LoginThrottledException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				"Too many attempts, try again in %d s".formatted(ex.retryAfterSeconds()));
		problem.setTitle("Too many attempts");
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
			.body(problem);
	}

	record LoginRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {
	}

}
