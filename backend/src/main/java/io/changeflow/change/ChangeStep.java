package io.changeflow.change;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One entry of a change's timeline: a step of its process, who took it and how it ended.
 * Written once, never updated.
 */
@Entity
@Immutable
@Table(name = "change_step")
class ChangeStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "change_id", nullable = false, updatable = false)
	private ChangeRequest change;

	@Column(nullable = false)
	private Instant at;

	@Column(name = "element_id", nullable = false)
	private String elementId;

	@Column(name = "step_name", nullable = false)
	private String stepName;

	@Enumerated(EnumType.STRING)
	private ChangeState state;

	private String actor;

	private String outcome;

	private String detail;

	protected ChangeStep() {
	}

	ChangeStep(ChangeRequest change, StepRecord step) {
		this.change = change;
		this.at = step.at();
		this.elementId = step.elementId();
		this.stepName = step.stepName();
		this.state = step.state();
		this.actor = step.actor();
		this.outcome = step.outcome();
		this.detail = step.detail();
	}

	/** The same event delivered again: same element, name, outcome and instant. */
	boolean sameEventAs(StepRecord step) {
		return this.elementId.equals(step.elementId()) && this.stepName.equals(step.stepName())
				&& Objects.equals(this.outcome, step.outcome()) && this.at.equals(step.at());
	}

	String detail() {
		return this.detail;
	}

	ChangeView.Step view() {
		return new ChangeView.Step(this.at, this.elementId, this.stepName, this.state, this.actor, this.outcome,
				this.detail);
	}

}
