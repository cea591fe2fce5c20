package io.changeflow.release;

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
import org.hibernate.annotations.Immutable;

/**
 * One entry of a release's timeline: a step of its process, who took it and how it ended.
 * Written once, never updated.
 */
@Entity
@Immutable
@Table(name = "release_step")
class ReleaseStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "release_id", nullable = false, updatable = false)
	private Release release;

	@Column(nullable = false)
	private Instant at;

	@Column(name = "element_id", nullable = false)
	private String elementId;

	@Column(name = "step_name", nullable = false)
	private String stepName;

	@Enumerated(EnumType.STRING)
	private ReleaseState state;

	private String actor;

	private String outcome;

	private String detail;

	private String wave;

	@Column(name = "event_key")
	private String eventKey;

	protected ReleaseStep() {
	}

	ReleaseStep(Release release, ReleaseStepRecord step) {
		this.release = release;
		this.at = step.at();
		this.elementId = step.elementId();
		this.stepName = step.stepName();
		this.state = step.state();
		this.actor = step.actor();
		this.outcome = step.outcome();
		this.detail = step.detail();
		this.wave = step.wave();
		this.eventKey = step.eventKey();
	}

	String eventKey() {
		return this.eventKey;
	}

	ReleaseView.Step view() {
		return new ReleaseView.Step(this.at, this.elementId, this.stepName, this.state, this.actor, this.outcome,
				this.detail, this.wave);
	}

}
