package io.changeflow.release;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A piece of hardware in the definitive hardware store: spares and what is deployed,
 * linked to the configuration item it is (by CI name) once deployed.
 */
@Entity
@Table(name = "hardware_item")
class HardwareItem {

	@Id
	private UUID id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String model;

	@Column(name = "serial_number", nullable = false)
	private String serialNumber;

	@Column(nullable = false)
	private String location;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private HardwareStatus status;

	@Column(name = "ci_name")
	private String ciName;

	@Column(nullable = false)
	private String notes;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected HardwareItem() {
	}

	HardwareItem(HardwareBody body) {
		this.id = UUID.randomUUID();
		this.createdAt = Instant.now();
		edit(body);
	}

	void edit(HardwareBody body) {
		this.name = body.name().strip();
		this.model = body.model().strip();
		this.serialNumber = body.serialNumber().strip();
		this.location = body.location().strip();
		this.status = body.status();
		this.ciName = (body.ciName() == null || body.ciName().isBlank()) ? null : body.ciName().strip();
		this.notes = (body.notes() != null) ? body.notes() : "";
		this.updatedAt = Instant.now();
	}

	HardwareView view() {
		return new HardwareView(this.id, this.name, this.model, this.serialNumber, this.location, this.status,
				this.ciName, this.notes);
	}

}
