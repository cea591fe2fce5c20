package io.changeflow.consistency;

import io.changeflow.security.ApiAuthorizations;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin's consistency check: what disagrees between records, engine and inbox.
 */
@RestController
class ConsistencyController {

	private final ConsistencyCheck check;

	ConsistencyController(ConsistencyCheck check) {
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
	ConsistencyReport repair() {
		return this.check.check(true, true);
	}

}
