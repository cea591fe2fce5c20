package io.changeflow.cmdb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * "source TYPE target" between two configuration items. Never edited: a wrong relation is
 * deleted and a right one created, each in the items' history.
 */
@Entity
@Immutable
@Table(name = "ci_relation")
class CiRelation {

	@Id
	private UUID id;

	@Column(name = "source_id", nullable = false)
	private UUID sourceId;

	@Column(name = "target_id", nullable = false)
	private UUID targetId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RelationType type;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected CiRelation() {
	}

	CiRelation(UUID sourceId, RelationType type, UUID targetId, String createdBy) {
		this.id = UUID.randomUUID();
		this.sourceId = sourceId;
		this.targetId = targetId;
		this.type = type;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
	}

	UUID id() {
		return this.id;
	}

	UUID sourceId() {
		return this.sourceId;
	}

	UUID targetId() {
		return this.targetId;
	}

	RelationType type() {
		return this.type;
	}

}
