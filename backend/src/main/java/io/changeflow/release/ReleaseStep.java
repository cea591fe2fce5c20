package io.changeflow.release;

import io.changeflow.timeline.TimelineEntry;
import io.changeflow.timeline.TimelineStep;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One entry of a release's timeline: a step of its process, who took it and how it ended,
 * with the wave it belongs to and the engine event it recorded. Written once, never
 * updated.
 */
@Entity
@Immutable
@Table(name = "release_step")
class ReleaseStep extends TimelineEntry {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "release_id", nullable = false, updatable = false)
	private Release release;

	@Enumerated(EnumType.STRING)
	private ReleaseState state;

	private String wave;

	@Column(name = "event_key")
	private String eventKey;

	protected ReleaseStep() {
	}

	ReleaseStep(Release release, TimelineStep<ReleaseState> step) {
		super(step);
		this.release = release;
		this.state = step.state();
		this.wave = step.wave();
		this.eventKey = step.eventKey();
	}

	@Override
	protected String eventKey() {
		return this.eventKey;
	}

	ReleaseState state() {
		return this.state;
	}

	String wave() {
		return this.wave;
	}

}
