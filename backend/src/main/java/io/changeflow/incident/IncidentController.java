package io.changeflow.incident;

import io.changeflow.platform.ApiException;
import io.changeflow.security.ApiAuthorizations;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Incidents for the admin page and the change and release pages: list, retry, cancel.
 */
@RestController
class IncidentController {

	private final IncidentService incidents;

	private final IncidentActions actions;

	IncidentController(IncidentService incidents, IncidentActions actions) {
		this.incidents = incidents;
		this.actions = actions;
	}

	@Bean
	static ApiAuthorizations incidentApi() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/incidents")
			.hasAnyRole("ADMIN", "AUDITOR", "CHANGE_MANAGER", "RELEASE_ENGINEER")
			// Which incidents each of them may act on is the service's rule.
			.requestMatchers(HttpMethod.POST, "/api/incidents/*/retry", "/api/incidents/*/cancel")
			.hasAnyRole("ADMIN", "CHANGE_MANAGER", "RELEASE_ENGINEER");
	}

	@GetMapping("/api/incidents")
	List<IncidentView> list(@RequestParam(required = false) String state,
			@RequestParam(required = false) String businessKey) {
		return this.incidents.list(state(state), (businessKey == null || businessKey.isBlank()) ? null : businessKey);
	}

	@PostMapping("/api/incidents/{id}/retry")
	IncidentView retry(@PathVariable UUID id, Authentication user) {
		return this.actions.retry(id, user.getName(), roles(user));
	}

	@PostMapping("/api/incidents/{id}/cancel")
	IncidentView cancel(@PathVariable UUID id, @Valid @RequestBody CancelBody body, Authentication user) {
		return this.actions.cancel(id, body.reason().strip(), user.getName(), roles(user));
	}

	/**
	 * Why the process is canceled; it becomes the change's or release's end reason.
	 *
	 * @param reason what people read on the timeline
	 */
	record CancelBody(@NotBlank @Size(max = 500) String reason) {
	}

	private static IncidentState state(String state) {
		if (state == null || state.isBlank()) {
			return null;
		}
		try {
			return IncidentState.valueOf(state.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.invalid("state", "must be one of OPEN, RETRIED, CANCELED, RESOLVED");
		}
	}

	private static Set<String> roles(Authentication user) {
		return user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.map((authority) -> authority.startsWith("ROLE_") ? authority.substring(5) : authority)
			.collect(Collectors.toSet());
	}

}
