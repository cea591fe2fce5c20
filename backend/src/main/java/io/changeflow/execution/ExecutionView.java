package io.changeflow.execution;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * An execution as the release module and the API show it.
 *
 * @param id the execution id (the {@code executionId} process variable)
 * @param releaseKey the release
 * @param action what it does
 * @param wave the wave's name, or null for build and test
 * @param executor which executor runs it, e.g. "simulated" or "webhook"
 * @param status where it stands
 * @param startedAt when it was asked for
 * @param finishedAt when its result arrived, or null while running
 * @param result what the executor reported (empty while running)
 */
public record ExecutionView(UUID id, String releaseKey, ExecutionAction action, String wave, String executor,
		ExecutionStatus status, Instant startedAt, Instant finishedAt, Map<String, Object> result) {

}
