package io.changeflow.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.security.SignInAttempted;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The single appender of the audit chain. A domain event is appended just before the
 * transaction that raised it commits, after that transaction's own writes are flushed:
 * the chain's lock is then the last lock it takes and is held only for the commit, so
 * appenders queue up briefly instead of deadlocking with business rows. Under the lock
 * the head is read and the row is inserted as head + 1, so concurrent writers cannot fork
 * the chain; a rolled-back transaction appends nothing.
 */
@Component
class AuditLog {

	/** The transaction-level advisory lock that serialises appends ("audit" in ASCII). */
	static final long CHAIN_LOCK = 0x6175646974L;

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	AuditLog(JdbcTemplate jdbc, EntityManager entityManager, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Events raised outside a transaction (a sign-in) get one of their own.
	 * @param event the event
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(DomainEvent event) {
		String actor = (event.actor() != null) ? event.actor() : signedIn();
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			this.entityManager.flush();
			append(event, actor);
		}
		else {
			this.transactions.executeWithoutResult((status) -> append(event, actor));
		}
	}

	/**
	 * Sign-ins: the person is the actor when it succeeded; a failed attempt is the
	 * sign-in step's, with the name tried as the subject (nobody proved who they are).
	 * @param attempt the attempt
	 */
	@EventListener
	void on(SignInAttempted attempt) {
		on(DomainEvent.of(attempt.succeeded() ? "LoginSucceeded" : "LoginFailed", "USER", attempt.username())
			.by(attempt.succeeded() ? attempt.username() : "system:login")
			.after(Map.of("address", attempt.address())));
	}

	/**
	 * Appends one row; must run inside a transaction, which holds the chain's lock until
	 * it ends.
	 */
	AuditEventView append(DomainEvent event, String actor) {
		this.jdbc.query("select pg_advisory_xact_lock(?)", (rs) -> {
		}, CHAIN_LOCK);
		ChainHead head = this.jdbc
			.query("select seq, hash from audit_event order by seq desc limit 1",
					(rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2)))
			.stream()
			.findFirst()
			.orElseGet(ChainHead::empty);
		JsonNode before = CanonicalJson.normalize(event.before());
		JsonNode after = CanonicalJson.normalize(event.after());
		JsonNode correlation = CanonicalJson.normalize(event.correlation());
		AuditEventView unsigned = new AuditEventView(head.seq() + 1, Instant.now().truncatedTo(ChronoUnit.MICROS),
				actor, kindOf(actor), event.action(), event.subjectType(), event.subjectKey(), event.cis(), before,
				after, correlation, head.hash(), null);
		String hash = hash(head.hash(), unsigned.canonical());
		this.jdbc.update("""
				insert into audit_event (seq, at, actor, actor_kind, action, subject_type, subject_key, cis,
				                         before, after, correlation, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?)""", unsigned.seq(),
				Timestamp.from(unsigned.at()), actor, unsigned.actorKind(), event.action(), event.subjectType(),
				event.subjectKey(), event.cis().toArray(String[]::new), before.toString(), after.toString(),
				correlation.toString(), head.hash(), hash);
		return new AuditEventView(unsigned.seq(), unsigned.at(), actor, unsigned.actorKind(), event.action(),
				event.subjectType(), event.subjectKey(), event.cis(), before, after, correlation, head.hash(), hash);
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

	/**
	 * System workers are named system or system:<worker>; the pipeline calls back as
	 * pipeline.
	 */
	static String kindOf(String actor) {
		return (actor.equals("system") || actor.startsWith("system:") || actor.equals("pipeline")) ? "SYSTEM"
				: "PERSON";
	}

	private static String signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated() && authentication.getName() != null
				&& !"anonymousUser".equals(authentication.getName())) ? authentication.getName() : "system";
	}

}
