package io.changeflow.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * One stored entry of a timeline: a step, who took it and how it ended. Written once,
 * never updated. The entity of each business object adds the link to its owner and its
 * state (and whatever else only it records).
 */
@MappedSuperclass
public abstract class TimelineEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private Instant at;

	@Column(name = "element_id", nullable = false)
	private String elementId;

	@Column(name = "step_name", nullable = false)
	private String stepName;

	private String actor;

	private String outcome;

	private String detail;

	protected TimelineEntry() {
	}

	protected TimelineEntry(TimelineStep<?> step) {
		this.at = step.at();
		this.elementId = step.elementId();
		this.stepName = step.stepName();
		this.actor = step.actor();
		this.outcome = step.outcome();
		this.detail = step.detail();
	}

	/**
	 * Whether a step is already on a timeline.
	 * @param timeline the entries recorded so far
	 * @param step the step reported now
	 * @return true when one of them recorded the same event
	 */
	public static boolean recorded(Collection<? extends TimelineEntry> timeline, TimelineStep<?> step) {
		return timeline.stream().anyMatch((entry) -> entry.sameEventAs(step));
	}

	/**
	 * The one rule for a step reported again: it is the same event as this entry when
	 * both carry the same engine event key (the process and element instance a listener
	 * job ran for: the only thing that is the same on every delivery of that job), or,
	 * when neither carries one, when element, name, outcome and instant are the same (the
	 * reporter passes an instant that is the same on every delivery). A step with an
	 * event key and one without are different events.
	 * @param step the step reported now
	 * @return true for a repeat
	 */
	public boolean sameEventAs(TimelineStep<?> step) {
		if (eventKey() != null || step.eventKey() != null) {
			return Objects.equals(eventKey(), step.eventKey());
		}
		return this.elementId.equals(step.elementId()) && this.stepName.equals(step.stepName())
				&& Objects.equals(this.outcome, step.outcome()) && this.at.equals(step.at());
	}

	/**
	 * The engine event this entry recorded, for timelines that store it.
	 * @return the event key, or null
	 */
	protected String eventKey() {
		return null;
	}

	public Instant at() {
		return this.at;
	}

	public String elementId() {
		return this.elementId;
	}

	public String stepName() {
		return this.stepName;
	}

	public String actor() {
		return this.actor;
	}

	public String outcome() {
		return this.outcome;
	}

	public String detail() {
		return this.detail;
	}

}
