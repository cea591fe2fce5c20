package io.changeflow.schedule;

import io.changeflow.schedule.BlackoutWindow.BlackoutView;
import io.changeflow.security.ApiAuthorizations;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Blackout and maintenance windows: everyone signed in reads them, admins declare, edit
 * and remove them.
 */
@RestController
class BlackoutWindowController {

	private final WindowAdmin windows;

	BlackoutWindowController(WindowAdmin windows) {
		this.windows = windows;
	}

	@Bean
	static ApiAuthorizations blackoutApi() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/blackout-windows", "/api/maintenance-windows")
			.authenticated()
			.requestMatchers("/api/blackout-windows", "/api/blackout-windows/*", "/api/maintenance-windows",
					"/api/maintenance-windows/*")
			.hasRole("ADMIN");
	}

	@GetMapping("/api/blackout-windows")
	List<BlackoutView> list() {
		return this.windows.blackouts();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/blackout-windows")
	ResponseEntity<BlackoutView> create(@Valid @RequestBody BlackoutBody body, Authentication user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.windows.createBlackout(body, user.getName()));
	}

	@PutMapping("/api/blackout-windows/{id}")
	BlackoutView edit(@PathVariable UUID id, @Valid @RequestBody BlackoutBody body, Authentication user) {
		return this.windows.editBlackout(id, body, user.getName());
	}

	@DeleteMapping("/api/blackout-windows/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id, Authentication user) {
		this.windows.deleteBlackout(id, user.getName());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/maintenance-windows")
	List<MaintenanceWindowView> maintenanceWindows() {
		return this.windows.maintenanceWindows();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/maintenance-windows")
	ResponseEntity<MaintenanceWindowView> createMaintenance(@Valid @RequestBody MaintenanceWindowBody body,
			Authentication user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.windows.createMaintenance(body, user.getName()));
	}

	@PutMapping("/api/maintenance-windows/{id}")
	MaintenanceWindowView editMaintenance(@PathVariable UUID id, @Valid @RequestBody MaintenanceWindowBody body,
			Authentication user) {
		return this.windows.editMaintenance(id, body, user.getName());
	}

	@DeleteMapping("/api/maintenance-windows/{id}")
	ResponseEntity<Void> deleteMaintenance(@PathVariable UUID id, Authentication user) {
		this.windows.deleteMaintenance(id, user.getName());
		return ResponseEntity.noContent().build();
	}

}
