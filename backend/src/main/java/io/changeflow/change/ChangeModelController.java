package io.changeflow.change;

import io.changeflow.platform.ApiException;
import io.changeflow.security.ApiAuthorizations;
import io.changeflow.security.Role;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Standard change models: everyone signed in reads the active ones, admins write them.
 */
@RestController
class ChangeModelController {

	private final ChangeModelService models;

	ChangeModelController(ChangeModelService models) {
		this.models = models;
	}

	@Bean
	static ApiAuthorizations changeModelApi() {
		String admin = Role.ADMIN.name();
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/change-models", "/api/change-models/*")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/change-models", "/api/change-models/*/deactivate")
			.hasRole(admin)
			.requestMatchers(HttpMethod.PUT, "/api/change-models/*")
			.hasRole(admin);
	}

	/** The active models, by name; admins may ask for the inactive ones too. */
	@GetMapping("/api/change-models")
	List<ChangeModelView> list(@RequestParam(defaultValue = "false") boolean all, Authentication authentication) {
		if (all && !ChangeController.hasRole(authentication, Role.ADMIN)) {
			throw new ApiException(HttpStatus.FORBIDDEN, "Forbidden", "Only admins see inactive change models", null);
		}
		return this.models.list(all);
	}

	@GetMapping("/api/change-models/{id}")
	ChangeModelView get(@PathVariable UUID id) {
		return this.models.get(id);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/change-models")
	ResponseEntity<ChangeModelView> create(@Valid @RequestBody ChangeModelBody body) {
		ChangeModelView created = this.models.create(body);
		return ResponseEntity.created(URI.create("/api/change-models/" + created.id())).body(created);
	}

	@PutMapping("/api/change-models/{id}")
	ChangeModelView update(@PathVariable UUID id, @Valid @RequestBody ChangeModelBody body) {
		return this.models.update(id, body);
	}

	@PostMapping("/api/change-models/{id}/deactivate")
	ChangeModelView deactivate(@PathVariable UUID id) {
		return this.models.deactivate(id);
	}

}
