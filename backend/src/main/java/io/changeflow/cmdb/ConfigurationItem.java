package io.changeflow.cmdb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Something under change control: an application, a server, a database, a network device,
 * a business service. Its key ({@code CI-00042}) is what people and changes refer to. Its
 * version changes only when a release deploys it; everything else an admin may correct.
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

	private String location;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Criticality criticality;

	@Column(name = "owner_group", nullable = false)
	private String ownerGroup;

	@Enumerated(EnumType.STRING)
	@Column(name = "lifecycle_status", nullable = false)
	private LifecycleStatus lifecycleStatus = LifecycleStatus.IN_SERVICE;

	private String version;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false)
	private Map<String, Object> attributes = new LinkedHashMap<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

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

	/** A new item as an admin or an import describes it. */
	static ConfigurationItem of(String key, CiBody body) {
		ConfigurationItem item = new ConfigurationItem(key, body.name().strip(), body.type(),
				body.environment().strip(), body.criticality(), body.ownerGroup().strip(), body.version());
		item.edit(body);
		return item;
	}

	/**
	 * Takes every field of the body but the version (only a release changes that).
	 * @return the fields that changed, for the history
	 */
	List<CiChange> edit(CiBody body) {
		List<CiChange> changes = new ArrayList<>();
		add(changes, CiChange.of("name", this.name, body.name().strip()));
		add(changes, CiChange.of("type", this.type, body.type()));
		add(changes, CiChange.of("environment", this.environment, body.environment().strip()));
		add(changes, CiChange.of("location", this.location, body.location()));
		add(changes, CiChange.of("criticality", this.criticality, body.criticality()));
		add(changes, CiChange.of("ownerGroup", this.ownerGroup, body.ownerGroup().strip()));
		LifecycleStatus status = Objects.requireNonNullElse(body.lifecycleStatus(), LifecycleStatus.IN_SERVICE);
		add(changes, CiChange.of("lifecycleStatus", this.lifecycleStatus, status));
		Map<String, Object> attributes = (body.attributes() != null) ? body.attributes() : Map.of();
		for (String name : new TreeSet<>(union(this.attributes.keySet(), attributes.keySet()))) {
			add(changes, CiChange.of("attributes." + name, this.attributes.get(name), attributes.get(name)));
		}
		this.name = body.name().strip();
		this.type = body.type();
		this.environment = body.environment().strip();
		this.location = blankToNull(body.location());
		this.criticality = body.criticality();
		this.ownerGroup = body.ownerGroup().strip();
		this.lifecycleStatus = status;
		this.attributes = new LinkedHashMap<>(attributes);
		if (!changes.isEmpty()) {
			this.updatedAt = Instant.now();
		}
		return changes;
	}

	/** A release deployed a new version of it, or discovery saw one. */
	CiChange upgradeTo(String newVersion) {
		CiChange change = CiChange.of("version", this.version, newVersion);
		this.version = newVersion;
		this.updatedAt = Instant.now();
		return change;
	}

	/**
	 * An attribute as discovery tools name it: a field of the record (version, location,
	 * ...) or a free-form attribute.
	 * @return the change, or null when it already had the value
	 */
	CiChange observe(String attribute, String value) {
		CiChange change = CiChange.of(attribute, observed(attribute), value);
		if (change == null) {
			return null;
		}
		switch (attribute) {
			case "version" -> this.version = value;
			case "location" -> this.location = value;
			default -> this.attributes.put(attribute, value);
		}
		this.updatedAt = Instant.now();
		return change;
	}

	/** The value discovery would compare with. */
	String observed(String attribute) {
		return switch (attribute) {
			case "version" -> this.version;
			case "location" -> this.location;
			default -> (this.attributes.get(attribute) != null) ? this.attributes.get(attribute).toString() : null;
		};
	}

	CiView view() {
		return new CiView(this.key, this.name, this.type, this.environment, this.criticality, this.ownerGroup,
				this.version, this.location, this.lifecycleStatus, Map.copyOf(this.attributes));
	}

	String key() {
		return this.key;
	}

	UUID id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	String version() {
		return this.version;
	}

	private static void add(List<CiChange> changes, CiChange change) {
		if (change != null) {
			changes.add(change);
		}
	}

	private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
		TreeSet<String> all = new TreeSet<>(a);
		all.addAll(b);
		return all;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
