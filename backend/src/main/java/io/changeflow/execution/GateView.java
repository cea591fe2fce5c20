package io.changeflow.execution;

import org.springframework.lang.Nullable;

import io.changeflow.change.ChangeState;
import java.time.OffsetDateTime;

/**
 * A pipeline's answer to "may I deploy this change now?".
 *
 * @param changeKey the change
 * @param state where it stands
 * @param approved its approval stands (scheduling, ready for release, in review after
 * implementation, closed)
 * @param inWindow now is inside its planned window
 * @param allowed approved, in its window and not in a schedule conflict
 * @param plannedStart start of the planned window
 * @param plannedEnd end of the planned window
 * @param reason why it is or is not allowed, in words
 */
public record GateView(String changeKey, @Nullable ChangeState state, boolean approved, boolean inWindow,
		boolean allowed, @Nullable OffsetDateTime plannedStart, @Nullable OffsetDateTime plannedEnd,
		@Nullable String reason) {

}
