package io.changeflow.timeline;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A step of a process, or a person's decision, reported for a business object's timeline.
 * The engine delivers a job at least once, so the same step may be reported again; see
 * {@link TimelineEntry#sameEventAs} for when a report counts as a repeat.
 *
 * @param <S> the states of the business object
 * @param elementId the BPMN element id, e.g. {@code review_rfc}
 * @param stepName the label people read, e.g. "Change manager review"
 * @param state the state the object is in from now on, or null to keep the current one
 * @param actor who took the step (a username, or null for the system)
 * @param outcome how it ended, e.g. {@code approved}, or null
 * @param detail free text, e.g. a comment, or null
 * @param wave the rollout wave the step belongs to, or null
 * @param eventKey identifies the engine event (process and element instance), so a
 * redelivered job records it once; or null
 * @param at when it happened; null means now. Kept to the microsecond, as PostgreSQL
 * stores it
 */
public record TimelineStep<S extends Enum<S>>(String elementId, String stepName, S state, String actor, String outcome,
		String detail, String wave, String eventKey, Instant at) {

	public TimelineStep {
		Objects.requireNonNull(elementId, "elementId");
		Objects.requireNonNull(stepName, "stepName");
		at = ((at != null) ? at : Instant.now()).truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * A step of no wave and without an engine event key.
	 * @param elementId the BPMN element id
	 * @param stepName the label people read
	 * @param state the state from now on, or null
	 * @param actor who, or null for the system
	 * @param outcome how it ended, or null
	 * @param detail free text, or null
	 * @param at when; null means now
	 */
	public TimelineStep(String elementId, String stepName, S state, String actor, String outcome, String detail,
			Instant at) {
		this(elementId, stepName, state, actor, outcome, detail, null, null, at);
	}

}
