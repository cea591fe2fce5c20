package io.changeflow.execution;

import org.springframework.lang.Nullable;

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
public record ExecutionView(UUID id, String releaseKey, ExecutionAction action, @Nullable String wave,
		@Nullable String executor, ExecutionStatus status, Instant startedAt, @Nullable Instant finishedAt,
		@Nullable Map<String, Object> result) {

}
