package io.changeflow.change;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the process decides on, copied into its variables when an RFC is submitted.
 *
 * @param changeKey the human key, e.g. CHG-000042, the correlation key of every message
 * @param title the title
 * @param requester who asked for it
 * @param implementer who will carry it out (may be null)
 * @param impact 1 (high) .. 3 (low)
 * @param urgency 1 (high) .. 3 (low)
 * @param emergency the requester asks for the emergency route
 * @param changeModelId the standard change model it was created from, or null
 * @param modelCiTypes CI types the model allows (empty without a model)
 * @param ciKeys the affected configuration items
 * @param plannedStart start of the planned window
 * @param plannedEnd end of the planned window
 * @param run which run of the change's process this is (the change's id and revision):
 * workers ignore jobs of a run the change no longer follows
 */
public record ChangeFacts(String changeKey, String title, String requester, String implementer, int impact, int urgency,
		boolean emergency, String changeModelId, List<String> modelCiTypes, List<String> ciKeys,
		OffsetDateTime plannedStart, OffsetDateTime plannedEnd, String run) {

	static ChangeFacts of(ChangeRequest change, List<String> modelCiTypes) {
		ChangeDetails d = change.details();
		return new ChangeFacts(change.key(), d.title(), change.requester(), d.implementer(), d.impact(), d.urgency(),
				d.emergency(), (d.changeModelId() != null) ? d.changeModelId().toString() : null, modelCiTypes,
				change.affectedCis(), d.plannedStart(), d.plannedEnd(), change.run());
	}

}
