package io.changeflow.audit;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.security.SignInAttempted;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records domain events for the audit chain. A domain event is written to
 * {@code audit_pending} in the transaction that raised it: it is kept exactly when what
 * it describes is, and the deciding transaction takes no lock for it. After the commit
 * the {@link AuditAppender} chains it; events raised outside a transaction (a sign-in)
 * get a transaction of their own.
 */
@Component
class AuditLog {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final AuditAppender appender;

	AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AuditAppender appender) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.appender = appender;
	}

	/**
	 * Keeps the event with the transaction that raised it.
	 * @param event the event
	 */
	@EventListener
	void on(DomainEvent event) {
		String actor = (event.actor() != null) ? event.actor() : signedIn();
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			record(event, actor);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					AuditLog.this.appender.wake();
				}
			});
		}
		else {
			this.transactions.executeWithoutResult((status) -> record(event, actor));
			this.appender.wake();
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

	private void record(DomainEvent event, String actor) {
		JsonNode before = CanonicalJson.normalize(event.before());
		JsonNode after = CanonicalJson.normalize(event.after());
		JsonNode correlation = CanonicalJson.normalize(event.correlation());
		this.jdbc.update("""
				insert into audit_pending (at, actor, actor_kind, action, subject_type, subject_key, cis, before, after,
				                           correlation)
				values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb)""",
				Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)), actor, kindOf(actor), event.action(),
				event.subjectType(), event.subjectKey(), event.cis().toArray(String[]::new), before.toString(),
				after.toString(), correlation.toString());
	}

	/** System workers are named system or system:<worker>. */
	static String kindOf(String actor) {
		return (actor.equals("system") || actor.startsWith("system:")) ? "SYSTEM" : "PERSON";
	}

	private static String signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated() && authentication.getName() != null
				&& !"anonymousUser".equals(authentication.getName())) ? authentication.getName() : "system";
	}

}
