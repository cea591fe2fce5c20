package io.changeflow.schedule;

import io.changeflow.audit.DomainEvent;
import io.changeflow.platform.ApiException;
import io.changeflow.schedule.BlackoutWindow.BlackoutView;
import io.changeflow.security.ApiAuthorizations;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Blackout windows: everyone reads the calendar, admins declare freezes.
 */
@RestController
class BlackoutWindowController {

	private final BlackoutWindowRepository windows;

	private final ApplicationEventPublisher events;

	BlackoutWindowController(BlackoutWindowRepository windows, ApplicationEventPublisher events) {
		this.events = events;
		this.windows = windows;
	}

	@Bean
	static ApiAuthorizations blackoutApi() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/blackout-windows")
			.authenticated()
			.requestMatchers("/api/blackout-windows", "/api/blackout-windows/*")
			.hasRole("ADMIN");
	}

	@GetMapping("/api/blackout-windows")
	@Transactional(readOnly = true)
	List<BlackoutView> list() {
		return this.windows.findAllByOrderByStartsAt().stream().map(BlackoutWindow::view).toList();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/blackout-windows")
	@Transactional
	ResponseEntity<BlackoutView> create(@Valid @RequestBody NewBlackout body, Authentication user) {
		if (!body.endsAt().isAfter(body.startsAt())) {
			throw ApiException.invalid("endsAt", "must be after startsAt");
		}
		BlackoutWindow window = this.windows
			.save(new BlackoutWindow(body.name().strip(), body.startsAt(), body.endsAt(), user.getName()));
		this.events
			.publishEvent(DomainEvent.of("BlackoutWindowCreated", "BLACKOUT_WINDOW", window.view().id().toString())
				.after(Map.of("window", window.view())));
		return ResponseEntity.status(HttpStatus.CREATED).body(window.view());
	}

	@DeleteMapping("/api/blackout-windows/{id}")
	@Transactional
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		this.windows.findById(id).ifPresent((window) -> {
			this.windows.delete(window);
			this.events.publishEvent(DomainEvent.of("BlackoutWindowDeleted", "BLACKOUT_WINDOW", id.toString())
				.before(Map.of("window", window.view())));
		});
		return ResponseEntity.noContent().build();
	}

	record NewBlackout(@NotBlank @Size(max = 200) String name, @NotNull OffsetDateTime startsAt,
			@NotNull OffsetDateTime endsAt) {
	}

}
