package io.changeflow.audit;

import io.changeflow.platform.ApiException;
import io.changeflow.platform.ClusterLock;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Head-hash checkpoints: daily, and whenever an admin asks. A checkpoint is recorded only
 * for a chain that verified up to its head.
 */
@Service
class AuditCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

	private final JdbcTemplate jdbc;

	private final AuditVerifier verifier;

	private final ApplicationEventPublisher events;

	private final ClusterLock cluster;

	AuditCheckpoints(JdbcTemplate jdbc, AuditVerifier verifier, ApplicationEventPublisher events, ClusterLock cluster) {
		this.jdbc = jdbc;
		this.verifier = verifier;
		this.events = events;
		this.cluster = cluster;
	}

	/**
	 * Verifies from the newest checkpoint to the head, then records the head.
	 * @param kind DAILY or ON_DEMAND
	 * @param by who asks
	 * @return the checkpoint
	 * @throws ApiException 409 naming the broken row when the chain does not verify
	 */
	@Transactional
	public AuditCheckpoint take(String kind, String by) {
		AuditVerification verification = this.verifier.verify(false);
		if (!verification.intact()) {
			throw new ApiException(HttpStatus.CONFLICT, "Audit chain broken", verification.broken().reason(), null);
		}
		AuditCheckpoint checkpoint = new AuditCheckpoint(verification.headSeq(), verification.headHash(),
				Instant.now().truncatedTo(ChronoUnit.MICROS), by, kind);
		if (checkpoint.seq() > 0) {
			this.jdbc.update("""
					insert into audit_checkpoint (seq, hash, created_at, created_by, kind) values (?, ?, ?, ?, ?)
					on conflict (seq) do nothing""", checkpoint.seq(), checkpoint.hash(),
					Timestamp.from(checkpoint.createdAt()), by, kind);
		}
		this.events.publishEvent(DomainEvent.of("AuditCheckpointTaken", "SYSTEM", "audit")
			.by(by)
			.after(java.util.Map.of("seq", checkpoint.seq(), "hash", checkpoint.hash(), "kind", kind)));
		return checkpoint;
	}

	@Transactional(readOnly = true)
	public List<AuditCheckpoint> list() {
		return this.jdbc.query(
				"select seq, hash, created_at, created_by, kind from audit_checkpoint order by seq desc limit 100",
				(rs, row) -> new AuditCheckpoint(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
						rs.getString(4), rs.getString(5)));
	}

	/**
	 * Every night: verification then starts from at most a day's rows back. Every replica
	 * has the schedule; the first to fire takes the checkpoint, the others find it taken
	 * within the hour and leave it.
	 */
	@Scheduled(cron = "${changeflow.audit.checkpoint-cron:0 15 0 * * *}")
	void daily() {
		this.cluster.runAlone("audit-checkpoint", Duration.ofHours(1), this::takeDaily);
	}

	private void takeDaily() {
		try {
			AuditCheckpoint checkpoint = take("DAILY", "system:audit-checkpoint");
			log.info("Audit checkpoint at row {}", checkpoint.seq());
		}
		catch (ApiException ex) {
			log.error("No audit checkpoint today: {}", ex.getMessage());
		}
	}

}
