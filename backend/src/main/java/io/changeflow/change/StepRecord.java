package io.changeflow.change;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A step of the {@code change_request} process that a worker reports for a change's
 * timeline. Reporting the same step again (same element, name, outcome and instant) is
 * ignored, so a worker can report from a job the engine delivers twice; pass an instant
 * that is the same on every delivery for that to work.
 *
 * @param elementId the BPMN element id, e.g. {@code review_rfc}
 * @param stepName the label people read, e.g. "Change manager review"
 * @param state the state the change is in from now on, or null to keep the current one
 * @param actor who took the step (a username, or null for the system)
 * @param outcome how it ended, e.g. {@code approved}, or null
 * @param detail free text, e.g. a comment, or null
 * @param at when it happened; null means now. Kept to the microsecond, as PostgreSQL
 * stores it
 */
public record StepRecord(String elementId, String stepName, ChangeState state, String actor, String outcome,
		String detail, Instant at) {

	public StepRecord {
		Objects.requireNonNull(elementId, "elementId");
		Objects.requireNonNull(stepName, "stepName");
		at = ((at != null) ? at : Instant.now()).truncatedTo(ChronoUnit.MICROS);
	}

}
