package io.changeflow.release;

import org.springframework.lang.Nullable;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A release as a list row shows it.
 *
 * @param key the human key, e.g. REL-2026.11-3
 * @param name its name
 * @param type delta, full or package
 * @param state where it stands
 * @param plannedStart start of the planned window
 * @param plannedEnd end of the planned window
 * @param changeCount how many changes it bundles
 * @param currentStepName the step its process is in, or null
 * @param updatedAt when it last changed
 * @param createdAt when it was created
 * @param endedAt when it ended (closed, backed out, failed, rejected), or null
 */
public record ReleaseSummary(String key, String name, ReleaseType type, ReleaseState state,
		@Nullable OffsetDateTime plannedStart, @Nullable OffsetDateTime plannedEnd, int changeCount,
		@Nullable String currentStepName, @Nullable Instant updatedAt, Instant createdAt, @Nullable Instant endedAt) {
}
