package io.changeflow.live;

import io.changeflow.security.ApiAuthorizations;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.DispatcherTypeRequestMatcher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The event stream of a signed-in browser ({@code EventSource} sends the session cookie).
 */
@RestController
class LiveEventsController {

	private final LiveEvents live;

	LiveEventsController(LiveEvents live) {
		this.live = live;
	}

	/**
	 * Signed-in people only. When a stream ends, the container dispatches the request
	 * again (ASYNC) without the security context of the first dispatch; that dispatch
	 * only completes the response already authorised.
	 */
	@Bean
	static ApiAuthorizations liveApi() {
		return (rules) -> rules
			.requestMatchers(new AndRequestMatcher(new DispatcherTypeRequestMatcher(DispatcherType.ASYNC),
					PathPatternRequestMatcher.withDefaults().matcher("/api/events")))
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/events")
			.authenticated();
	}

	@GetMapping(path = "/api/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	SseEmitter events(Authentication user, HttpServletResponse response) {
		// Proxies such as nginx would otherwise buffer the stream.
		response.setHeader("X-Accel-Buffering", "no");
		return this.live.subscribe(new Viewer(user.getName(),
				user.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.filter((authority) -> authority.startsWith("ROLE_"))
					.map((authority) -> authority.substring(5))
					.collect(Collectors.toSet())));
	}

}
