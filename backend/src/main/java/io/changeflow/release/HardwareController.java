package io.changeflow.release;

import io.changeflow.audit.DomainEvent;
import io.changeflow.cmdb.CmdbService;
import io.changeflow.platform.ApiException;
import io.changeflow.security.ApiAuthorizations;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The definitive hardware store: release engineers keep it, the release readers read it.
 * An item names its configuration item by CI name, which must exist in the CMDB.
 */
@RestController
class HardwareController {

	private final HardwareRepository hardware;

	private final CmdbService cmdb;

	private final ApplicationEventPublisher events;

	HardwareController(HardwareRepository hardware, CmdbService cmdb, ApplicationEventPublisher events) {
		this.events = events;
		this.hardware = hardware;
		this.cmdb = cmdb;
	}

	@Bean
	static ApiAuthorizations hardwareApi() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/hardware", "/api/hardware/*")
			.hasAnyRole(ReleaseController.READERS)
			.requestMatchers(HttpMethod.POST, "/api/hardware")
			.hasRole("RELEASE_ENGINEER")
			.requestMatchers(HttpMethod.PUT, "/api/hardware/*")
			.hasRole("RELEASE_ENGINEER")
			.requestMatchers(HttpMethod.DELETE, "/api/hardware/*")
			.hasRole("RELEASE_ENGINEER");
	}

	@GetMapping("/api/hardware")
	@Transactional(readOnly = true)
	List<HardwareView> list() {
		return this.hardware.findAllByOrderByNameAscSerialNumberAsc().stream().map(HardwareItem::view).toList();
	}

	@GetMapping("/api/hardware/{id}")
	@Transactional(readOnly = true)
	HardwareView get(@PathVariable UUID id) {
		return find(id).view();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/hardware")
	@Transactional
	ResponseEntity<HardwareView> create(@Valid @RequestBody HardwareBody body) {
		check(body, null);
		HardwareView created = this.hardware.save(new HardwareItem(body)).view();
		this.events.publishEvent(DomainEvent.of("HardwareAdded", "HARDWARE", created.id().toString())
			.after(Map.of("hardware", created)));
		return ResponseEntity.created(URI.create("/api/hardware/" + created.id())).body(created);
	}

	@PutMapping("/api/hardware/{id}")
	@Transactional
	HardwareView update(@PathVariable UUID id, @Valid @RequestBody HardwareBody body) {
		HardwareItem item = find(id);
		check(body, id);
		HardwareView before = item.view();
		item.edit(body);
		this.events.publishEvent(DomainEvent.of("HardwareEdited", "HARDWARE", id.toString())
			.before(Map.of("hardware", before))
			.after(Map.of("hardware", item.view())));
		return item.view();
	}

	@DeleteMapping("/api/hardware/{id}")
	@Transactional
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		HardwareItem item = find(id);
		this.hardware.delete(item);
		this.events.publishEvent(
				DomainEvent.of("HardwareRemoved", "HARDWARE", id.toString()).before(Map.of("hardware", item.view())));
		return ResponseEntity.noContent().build();
	}

	private void check(HardwareBody body, UUID id) {
		boolean linked = body.ciName() != null && !body.ciName().isBlank();
		if (linked && !this.cmdb.existsByName(body.ciName().strip())) {
			throw ApiException.invalid("ciName", "no configuration item is named " + body.ciName().strip());
		}
		if (body.status() == HardwareStatus.DEPLOYED && !linked) {
			throw ApiException.invalid("ciName", "deployed hardware must name its configuration item");
		}
		if (this.hardware.existsBySerialNumberAndIdNot(body.serialNumber().strip(),
				(id != null) ? id : new UUID(0, 0))) {
			throw new ApiException(HttpStatus.CONFLICT, "Serial number taken",
					"Another hardware item has serial number " + body.serialNumber().strip(), "serialNumber");
		}
	}

	private HardwareItem find(UUID id) {
		return this.hardware.findById(id).orElseThrow(() -> ApiException.notFound("hardware item", id.toString()));
	}

}
