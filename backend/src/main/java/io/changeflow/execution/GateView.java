package io.changeflow.execution;

import org.springframework.lang.Nullable;

import io.changeflow.change.ChangeState;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A pipeline's answer to "may I deploy this change now?".
 *
 * @param changeKey the change
 * @param state where it stands
 * @param approved its approval stands (scheduling, ready for release, in review after
 * implementation, closed)
 * @param inWindow now is inside its planned window
 * @param allowed approved, not in a schedule conflict, and inside its planned window with
 * no blackout in force, or overridden by a change manager for a release bundling it
 * @param plannedStart start of the planned window
 * @param plannedEnd end of the planned window
 * @param reason why it is or is not allowed, in words
 * @param refusals what stands against rolling it out now (outside its window, a
 * blackout), each a sentence; empty when nothing does
 * @param override the change manager's override that allows it anyway, or null
 */
public record GateView(String changeKey, @Nullable ChangeState state, boolean approved, boolean inWindow,
		boolean allowed, @Nullable OffsetDateTime plannedStart, @Nullable OffsetDateTime plannedEnd,
		@Nullable String reason, List<String> refusals, @Nullable String override) {

}
