package io.changeflow.incident;

import org.springframework.lang.Nullable;

import java.time.Instant;
import java.util.UUID;

/**
 * An incident as the API shows it.
 *
 * @param id its id
 * @param businessKey the change or release it stopped, or null when the job named none
 * @param kind whether the business key is a change or a release
 * @param elementId the BPMN element that failed
 * @param jobType the job type
 * @param jobKey the engine's job key (a handle within the current engine run)
 * @param processInstanceKey the engine's process instance key (likewise)
 * @param errorMessage what went wrong, the latest failure
 * @param createdAt when the job first ran out of retries
 * @param failedAt when it last did
 * @param failures how often it ran out of retries (more than once after a retry)
 * @param state OPEN, RETRIED, CANCELED or RESOLVED
 * @param resolvedBy who retried or canceled it
 * @param resolvedAt when
 * @param resolution "Retried", or the reason of the cancel
 */
public record IncidentView(UUID id, @Nullable String businessKey, Kind kind, @Nullable String elementId,
		@Nullable String jobType, long jobKey, long processInstanceKey, @Nullable String errorMessage,
		Instant createdAt, @Nullable Instant failedAt, int failures, IncidentState state, @Nullable String resolvedBy,
		@Nullable Instant resolvedAt, @Nullable String resolution) {

	/** What the business key names. */
	public enum Kind {

		CHANGE, RELEASE, OTHER

	}

}
