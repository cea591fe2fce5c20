package io.changeflow.schedule;

import org.springframework.lang.Nullable;

import java.util.List;

/**
 * Every conflict of a planned window, and the earliest window of the same length without
 * any.
 *
 * @param conflicts every conflict, empty when the window is free
 * @param nextFreeWindow the earliest conflict-free window of the same length that starts
 * at or after the planned start and not in the past (searched up to 90 days ahead), or
 * null when there is none in that time
 */
public record ScheduleCheck(List<Conflict> conflicts, @Nullable TimeWindow nextFreeWindow) {
}
