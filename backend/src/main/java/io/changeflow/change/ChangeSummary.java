package io.changeflow.change;

import org.springframework.lang.Nullable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

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
 * @param submittedAt when it was first submitted, or null for a draft
 * @param implementedAt when its release implemented or backed it out, or null
 */
public record ChangeSummary(String key, String title, ChangeState state, @Nullable ChangeClass changeClass,
		@Nullable Risk risk, @Nullable String priority, String requester, @Nullable OffsetDateTime plannedStart,
		@Nullable OffsetDateTime plannedEnd, @Nullable String timeZone, @Nullable String currentStepName,
		@Nullable Instant updatedAt, @Nullable Instant submittedAt, @Nullable Instant implementedAt) {

	static ChangeSummary of(ChangeRequest change) {
		ChangeDetails d = change.details();
		ZoneId zone = (d.timeZone() != null) ? ZoneId.of(d.timeZone()) : null;
		return new ChangeSummary(change.key(), d.title(), change.state(), change.changeClass(), change.risk(),
				change.priority(), change.requester(), ChangeView.inZone(d.plannedStart(), zone),
				ChangeView.inZone(d.plannedEnd(), zone), d.timeZone(), change.currentStepName(), change.updatedAt(),
				change.submittedAt(), change.implementedAt());
	}

}
