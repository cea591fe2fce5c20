package io.changeflow.cab;

import io.changeflow.security.ApiAuthorizations;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CAB agenda for change managers (and auditors, admins who look on).
 */
@RestController
class CabAgendaController {

	private final CabAgendaService agenda;

	CabAgendaController(CabAgendaService agenda) {
		this.agenda = agenda;
	}

	@Bean
	static ApiAuthorizations cabAgendaApi() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/cab/agenda")
			.hasAnyRole("CHANGE_MANAGER", "CAB_MEMBER", "ECAB_MEMBER", "AUDITOR", "ADMIN");
	}

	@GetMapping("/api/cab/agenda")
	CabAgenda agenda() {
		return this.agenda.agenda();
	}

}
