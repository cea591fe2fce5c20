package io.changeflow.incident;

import io.changeflow.platform.ApiException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/**
 * A job out of retries. Inserted (or reopened) by {@link IncidentRepository#upsert}; a
 * person then retries it or cancels its process, once.
 */
@Entity
@Table(name = "incident")
class Incident {

	@Id
	private UUID id;

	@Column(name = "business_key")
	private String businessKey;

	@Column(name = "element_id")
	private String elementId;

	@Column(name = "job_type")
	private String jobType;

	@Column(name = "job_key")
	private long jobKey;

	@Column(name = "process_instance_key")
	private long processInstanceKey;

	@Column(name = "engine_epoch")
	private String engineEpoch;

	@Column(name = "error_message")
	private String errorMessage;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "failed_at")
	private Instant failedAt;

	private int failures;

	@Enumerated(EnumType.STRING)
	private IncidentState state;

	@Column(name = "resolved_by")
	private String resolvedBy;

	@Column(name = "resolved_at")
	private Instant resolvedAt;

	private String resolution;

	protected Incident() {
	}

	UUID id() {
		return this.id;
	}

	String businessKey() {
		return this.businessKey;
	}

	String elementId() {
		return this.elementId;
	}

	long jobKey() {
		return this.jobKey;
	}

	long processInstanceKey() {
		return this.processInstanceKey;
	}

	int failures() {
		return this.failures;
	}

	IncidentState state() {
		return this.state;
	}

	/**
	 * Only an open incident of the engine's current epoch can be acted on: the keys of an
	 * earlier epoch name nothing (or something else) now.
	 */
	void requireActionable(String currentEpoch) {
		requireOpen();
		if (!this.engineEpoch.equals(currentEpoch)) {
			throw new ApiException(HttpStatus.CONFLICT, "Incident of an earlier engine run",
					"The engine restarted since; the process was re-created and fails again if the cause remains",
					null);
		}
	}

	/** A person acts on an incident once; a second, concurrent action finds it done. */
	void requireOpen() {
		if (this.state != IncidentState.OPEN) {
			throw new ApiException(HttpStatus.CONFLICT, "Incident not open",
					"The incident is %s already".formatted(this.state), null);
		}
	}

	void retried(String by, Instant at) {
		end(IncidentState.RETRIED, by, at, "Retried");
	}

	void canceled(String by, Instant at, String reason) {
		end(IncidentState.CANCELED, by, at, reason);
	}

	private void end(IncidentState newState, String by, Instant at, String why) {
		this.state = newState;
		this.resolvedBy = by;
		this.resolvedAt = at;
		this.resolution = why;
	}

	IncidentView view(IncidentView.Kind kind) {
		return new IncidentView(this.id, this.businessKey, kind, this.elementId, this.jobType, this.jobKey,
				this.processInstanceKey, this.errorMessage, this.createdAt, this.failedAt, this.failures, this.state,
				this.resolvedBy, this.resolvedAt, this.resolution);
	}

}
