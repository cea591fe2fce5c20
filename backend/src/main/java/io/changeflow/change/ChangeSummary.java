package io.changeflow.change;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A change as a list row shows it.
 *
 * @param key the human key
 * @param title the title
 * @param state where it stands
 * @param changeClass standard, normal or emergency, once classified
 * @param risk the risk, once classified
 * @param priority P1..P5, once classified
 * @param requester who asked for it
 * @param plannedStart start of the planned window, with the offset of its time zone
 * @param plannedEnd end of the planned window
 * @param timeZone the IANA zone the window is shown in
 * @param currentStepName the step the process waits in, or null
 * @param updatedAt when it last changed
 */
public record ChangeSummary(String key, String title, ChangeState state, ChangeClass changeClass, Risk risk,
		String priority, String requester, OffsetDateTime plannedStart, OffsetDateTime plannedEnd, String timeZone,
		String currentStepName, Instant updatedAt) {
}
