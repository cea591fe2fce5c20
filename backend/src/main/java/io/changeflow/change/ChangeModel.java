package io.changeflow.change;

import io.changeflow.cmdb.CiType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A standard change: a pre-approved recipe with fixed plans for configuration items of
 * the allowed types. An RFC made from it takes its category and plans. Deactivated models
 * stay, for the changes made from them.
 */
@Entity
@Table(name = "change_model")
class ChangeModel {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String name;

	@Column(nullable = false)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ChangeCategory category;

	@Column(name = "implementation_plan", nullable = false)
	private String implementationPlan;

	@Column(name = "test_plan", nullable = false)
	private String testPlan;

	@Column(name = "backout_plan", nullable = false)
	private String backoutPlan;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "allowed_ci_types", nullable = false)
	private List<String> allowedCiTypes = new ArrayList<>();

	@Column(nullable = false)
	private boolean active;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected ChangeModel() {
	}

	ChangeModel(ChangeModelBody body) {
		this.id = UUID.randomUUID();
		this.active = true;
		this.createdAt = Instant.now();
		update(body);
	}

	void update(ChangeModelBody body) {
		this.name = body.name().strip();
		this.description = body.description();
		this.category = body.category();
		this.implementationPlan = body.implementationPlan();
		this.testPlan = body.testPlan();
		this.backoutPlan = body.backoutPlan();
		this.allowedCiTypes = new ArrayList<>(body.allowedCiTypes().stream().distinct().map(CiType::name).toList());
		this.updatedAt = Instant.now();
	}

	void deactivate() {
		if (this.active) {
			this.active = false;
			this.updatedAt = Instant.now();
		}
	}

	UUID id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	boolean active() {
		return this.active;
	}

	ChangeCategory category() {
		return this.category;
	}

	String implementationPlan() {
		return this.implementationPlan;
	}

	String testPlan() {
		return this.testPlan;
	}

	String backoutPlan() {
		return this.backoutPlan;
	}

	List<String> allowedCiTypes() {
		return List.copyOf(this.allowedCiTypes);
	}

	ChangeModelView view() {
		return new ChangeModelView(this.id, this.name, this.description, this.category, this.implementationPlan,
				this.testPlan, this.backoutPlan, allowedCiTypes().stream().map(CiType::valueOf).toList(), this.active,
				this.createdAt, this.updatedAt);
	}

}
