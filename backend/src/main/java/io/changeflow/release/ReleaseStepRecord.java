package io.changeflow.release;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A step of the {@code release} process for a release's timeline.
 *
 * @param elementId the BPMN element id, e.g. {@code deploy_wave}
 * @param stepName the label people read
 * @param state the state the release is in from now on, or null to keep it
 * @param actor who took the step, or null for the system
 * @param outcome how it ended, or null
 * @param detail free text, or null
 * @param wave the wave the step belongs to, or null
 * @param eventKey identifies the engine event, so a redelivered job records it once; or
 * null
 * @param at when; null means now
 */
record ReleaseStepRecord(String elementId, String stepName, ReleaseState state, String actor, String outcome,
		String detail, String wave, String eventKey, Instant at) {

	ReleaseStepRecord {
		Objects.requireNonNull(elementId, "elementId");
		Objects.requireNonNull(stepName, "stepName");
		at = ((at != null) ? at : Instant.now()).truncatedTo(ChronoUnit.MICROS);
	}

}
