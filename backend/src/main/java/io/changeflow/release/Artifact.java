package io.changeflow.release;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * An artifact in the definitive software library: exactly the bytes a release deploys,
 * identified by their SHA-256. Never edited; the release refuses new ones once accepted.
 */
@Entity
@Immutable
@Table(name = "release_artifact")
class Artifact {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "release_id", nullable = false, updatable = false)
	private Release release;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String version;

	@Column(nullable = false)
	private String uri;

	@Column(name = "size_bytes", nullable = false)
	private long size;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "registered_by", nullable = false)
	private String registeredBy;

	@Column(name = "registered_at", nullable = false)
	private Instant registeredAt;

	protected Artifact() {
	}

	Artifact(Release release, ArtifactBody body, String registeredBy) {
		this.id = UUID.randomUUID();
		this.release = release;
		this.name = body.name().strip();
		this.version = body.version().strip();
		this.uri = body.uri().strip();
		this.size = body.size();
		this.sha256 = body.sha256().toLowerCase(java.util.Locale.ROOT);
		this.registeredBy = registeredBy;
		this.registeredAt = Instant.now();
	}

	String name() {
		return this.name;
	}

	String version() {
		return this.version;
	}

	/** What the process compares deployed checksums with. */
	Map<String, Object> variables() {
		Map<String, Object> artifact = new LinkedHashMap<>();
		artifact.put("name", this.name);
		artifact.put("version", this.version);
		artifact.put("sha256", this.sha256);
		return artifact;
	}

	ReleaseView.ArtifactView view() {
		return new ReleaseView.ArtifactView(this.id, this.name, this.version, this.uri, this.size, this.sha256,
				this.registeredBy, this.registeredAt);
	}

}
