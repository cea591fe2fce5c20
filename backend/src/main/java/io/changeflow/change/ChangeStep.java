package io.changeflow.change;

import io.changeflow.timeline.TimelineEntry;
import io.changeflow.timeline.TimelineStep;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One entry of a change's timeline: a step of its process, who took it and how it ended.
 * Written once, never updated.
 */
@Entity
@Immutable
@Table(name = "change_step")
class ChangeStep extends TimelineEntry {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "change_id", nullable = false, updatable = false)
	private ChangeRequest change;

	@Enumerated(EnumType.STRING)
	private ChangeState state;

	protected ChangeStep() {
	}

	ChangeStep(ChangeRequest change, TimelineStep<ChangeState> step) {
		super(step);
		this.change = change;
		this.state = step.state();
	}

	ChangeState state() {
		return this.state;
	}

}
