package io.changeflow.cmdb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Something under change control: an application, a server, a database, a network device,
 * a service. Its key ({@code CI-00042}) is what people and changes refer to.
 */
@Entity
@Table(name = "configuration_item")
class ConfigurationItem {

	@Id
	private UUID id;

	@Column(name = "ci_key", nullable = false, unique = true)
	private String key;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CiType type;

	@Column(nullable = false)
	private String environment;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Criticality criticality;

	@Column(name = "owner_group", nullable = false)
	private String ownerGroup;

	private String version;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ConfigurationItem() {
	}

	ConfigurationItem(String key, String name, CiType type, String environment, Criticality criticality,
			String ownerGroup, String version) {
		this.id = UUID.randomUUID();
		this.key = key;
		this.name = name;
		this.type = type;
		this.environment = environment;
		this.criticality = criticality;
		this.ownerGroup = ownerGroup;
		this.version = version;
		this.createdAt = Instant.now();
	}

	CiView view() {
		return new CiView(this.key, this.name, this.type, this.environment, this.criticality, this.ownerGroup,
				this.version);
	}

	String key() {
		return this.key;
	}

	UUID id() {
		return this.id;
	}

	String version() {
		return this.version;
	}

	/** A release deployed a new version of it. */
	void upgradeTo(String newVersion) {
		this.version = newVersion;
	}

}
