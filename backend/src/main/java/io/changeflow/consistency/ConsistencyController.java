package io.changeflow.consistency;

import io.changeflow.audit.DomainEvent;
import io.changeflow.security.ApiAuthorizations;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin's consistency check: what disagrees between records, engine and inbox.
 */
@RestController
class ConsistencyController {

	private final ConsistencyCheck check;

	private final ApplicationEventPublisher events;

	ConsistencyController(ConsistencyCheck check, ApplicationEventPublisher events) {
		this.events = events;
		this.check = check;
	}

	@Bean
	static ApiAuthorizations consistencyApi() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/admin/consistency")
			.hasAnyRole("ADMIN", "AUDITOR")
			.requestMatchers(HttpMethod.POST, "/api/admin/consistency/repair")
			.hasRole("ADMIN");
	}

	/** Checks without changing anything (it does ask the engine about each instance). */
	@GetMapping("/api/admin/consistency")
	ConsistencyReport check() {
		return this.check.check(true, false);
	}

	/** Checks and repairs what it can. */
	@PostMapping("/api/admin/consistency/repair")
	ConsistencyReport repair(Authentication user) {
		ConsistencyReport report = this.check.check(true, true);
		this.events.publishEvent(DomainEvent.of("ConsistencyRepaired", "SYSTEM", "consistency")
			.by(user.getName())
			.after(Map.of("report", report)));
		return report;
	}

}
