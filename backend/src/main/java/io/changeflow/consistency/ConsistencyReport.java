package io.changeflow.consistency;

import java.time.Instant;
import java.util.List;

/**
 * The result of a consistency check.
 *
 * @param checkedAt when
 * @param changes how many changes in their process were checked
 * @param releases how many running releases were checked
 * @param engineProbed whether the engine was asked about every instance
 * @param outboxPending engine commands and notices recorded but not delivered for over a
 * minute
 * @param drifts what disagrees, repaired or not
 */
public record ConsistencyReport(Instant checkedAt, int changes, int releases, boolean engineProbed, long outboxPending,
		List<Drift> drifts) {
}
