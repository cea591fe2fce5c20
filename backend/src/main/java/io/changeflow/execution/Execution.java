package io.changeflow.execution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One run of an executor for one step of a release: running until its single result
 * arrives.
 */
@Entity
@Table(name = "execution")
class Execution {

	@Id
	private UUID id;

	@Column(name = "release_key")
	private String releaseKey;

	@Enumerated(EnumType.STRING)
	private ExecutionAction action;

	private String wave;

	@Column(name = "element_instance_key")
	private Long elementInstanceKey;

	@Column(name = "idempotency_key")
	private String idempotencyKey;

	private String executor;

	@Enumerated(EnumType.STRING)
	private ExecutionStatus status;

	@Column(name = "started_at")
	private Instant startedAt;

	@Column(name = "dispatched_at")
	private Instant dispatchedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, Object> result;

	@JdbcTypeCode(SqlTypes.JSON)
	private Map<String, Object> request;

	protected Execution() {
	}

	UUID id() {
		return this.id;
	}

	String executor() {
		return this.executor;
	}

	Map<String, Object> request() {
		return this.request;
	}

	ExecutionStatus status() {
		return this.status;
	}

	Map<String, Object> result() {
		return (this.result != null) ? this.result : Map.of();
	}

	Instant dispatchedAt() {
		return this.dispatchedAt;
	}

	boolean isDispatched() {
		return this.dispatchedAt != null;
	}

	void dispatched(Instant at) {
		this.dispatchedAt = at;
	}

	/**
	 * Records the outcome unless one is recorded already.
	 * @return true when this call finished the execution
	 */
	boolean finish(ExecutionStatus outcome, Map<String, Object> reported, Instant at) {
		if (this.status.isFinal()) {
			return false;
		}
		this.status = outcome;
		this.result = (reported != null) ? new LinkedHashMap<>(reported) : new LinkedHashMap<>();
		this.finishedAt = at;
		return true;
	}

	ExecutionView view() {
		return new ExecutionView(this.id, this.releaseKey, this.action, this.wave, this.executor, this.status,
				this.startedAt, this.finishedAt, result());
	}

}
