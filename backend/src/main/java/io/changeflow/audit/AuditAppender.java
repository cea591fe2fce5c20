package io.changeflow.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single appender of the audit chain: moves recorded events from
 * {@code audit_pending} into {@code audit_event}, oldest first, in batches. Each batch
 * runs under a transaction-level advisory lock, reads the head and inserts every row as
 * head + 1 with its hash, so two appenders (two replicas) can never fork the chain; one
 * commit (one disk flush) covers the whole batch. Woken after every commit that recorded
 * an event, and every second in case a wake-up was lost (a crash between commit and
 * wake).
 */
@Component
class AuditAppender implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AuditAppender.class);

	/** The transaction-level advisory lock that serialises appends ("audit" in ASCII). */
	static final long CHAIN_LOCK = 0x6175646974L;

	private static final int BATCH = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final AtomicBoolean scheduled = new AtomicBoolean();

	private volatile ScheduledExecutorService executor;

	AuditAppender(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Asks for a drain soon; wake-ups while one is queued are merged into it. */
	void wake() {
		ScheduledExecutorService running = this.executor;
		if (running != null && this.scheduled.compareAndSet(false, true)) {
			running.execute(() -> {
				this.scheduled.set(false);
				drainQuietly();
			});
		}
	}

	/**
	 * Chains every recorded event.
	 * @return how many rows were appended
	 */
	int drain() {
		int total = 0;
		while (true) {
			Integer appended = this.transactions.execute((status) -> appendBatch());
			if (appended == null || appended == 0) {
				return total;
			}
			total += appended;
		}
	}

	private void drainQuietly() {
		try {
			drain();
		}
		catch (RuntimeException ex) {
			// The rows wait in audit_pending; the next wake-up or tick tries again.
			log.warn("Could not append to the audit chain yet: {}", ex.toString());
		}
	}

	/**
	 * One batch in one transaction; 0 when there is nothing to do or another appender is
	 * at it.
	 */
	private int appendBatch() {
		Boolean locked = this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, CHAIN_LOCK);
		if (!Boolean.TRUE.equals(locked)) {
			return 0;
		}
		List<Pending> batch = this.jdbc.query("""
				select id, at, actor, actor_kind, action, subject_type, subject_key, cis, before::text, after::text,
				       correlation::text
				from audit_pending order by id limit ?""",
				(rs, row) -> new Pending(rs.getLong("id"), AuditRecords.row(rs, row, 0, null, null)), BATCH);
		if (batch.isEmpty()) {
			return 0;
		}
		ChainHead head = this.jdbc
			.query("select seq, hash from audit_event order by seq desc limit 1",
					(rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)))
			.stream()
			.findFirst()
			.orElseGet(ChainHead::empty);
		long seq = head.seq();
		String previous = head.hash();
		for (Pending pending : batch) {
			AuditEventView event = pending.event();
			AuditEventView unsigned = new AuditEventView(++seq, event.at(), event.actor(), event.actorKind(),
					event.action(), event.subjectType(), event.subjectKey(), event.cis(), event.before(), event.after(),
					event.correlation(), previous, null);
			String hash = hash(previous, unsigned.canonical());
			this.jdbc.update("""
					insert into audit_event (seq, at, actor, actor_kind, action, subject_type, subject_key, cis,
					                         before, after, correlation, prev_hash, hash)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?)""", seq,
					Timestamp.from(event.at()), event.actor(), event.actorKind(), event.action(), event.subjectType(),
					event.subjectKey(), event.cis().toArray(String[]::new), event.before().toString(),
					event.after().toString(), event.correlation().toString(), previous, hash);
			previous = hash;
		}
		// Exactly the rows chained: a transaction that took a lower id may commit only
		// now.
		this.jdbc.update("delete from audit_pending where id = any(?)",
				(Object) batch.stream().map(Pending::id).toArray(Long[]::new));
		return batch.size();
	}

	/**
	 * SHA-256 of the previous hash followed by the row's canonical JSON, as lower-case
	 * hex.
	 */
	static String hash(String prevHash, String canonicalJson) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(prevHash.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest.digest(canonicalJson.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	@Override
	public void start() {
		ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "audit-appender");
			thread.setDaemon(true);
			return thread;
		});
		started.scheduleWithFixedDelay(this::drainQuietly, 0, 1, TimeUnit.SECONDS);
		this.executor = started;
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = this.executor;
		this.executor = null;
		if (running != null) {
			running.shutdown();
			try {
				running.awaitTermination(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

	private record Pending(long id, AuditEventView event) {
	}

}
