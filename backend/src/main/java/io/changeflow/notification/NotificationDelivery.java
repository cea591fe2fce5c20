package io.changeflow.notification;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands stored notifications to the external channels once the caller's transaction has
 * committed, and records on each row whether that worked. Nothing here throws: a failing
 * channel is logged and recorded, never passed on to the caller.
 */
@Component
class NotificationDelivery {

	private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

	private static final int MAX_ERROR_LENGTH = 2000;

	private final List<Notifier> notifiers;

	private final NotificationRepository notifications;

	private final TransactionTemplate ownTransaction;

	NotificationDelivery(List<Notifier> notifiers, NotificationRepository notifications,
			PlatformTransactionManager transactions) {
		this.notifiers = List.copyOf(notifiers);
		this.notifications = notifications;
		// After commit the caller's transaction is over but still bound to the thread:
		// only a new one writes the outcome.
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Whether any enabled channel reaches the person, so there is something to send. */
	boolean reaches(Recipient recipient) {
		return this.notifiers.stream().anyMatch((notifier) -> notifier.reaches(recipient));
	}

	/**
	 * Sends after the current transaction commits (nothing when it rolls back), or now
	 * when there is none.
	 */
	void afterCommit(Notice notice, List<Stored> stored) {
		if (stored.isEmpty()) {
			return;
		}
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					deliver(notice, stored);
				}
			});
		}
		else {
			deliver(notice, stored);
		}
	}

	private void deliver(Notice notice, List<Stored> stored) {
		for (Stored one : stored) {
			List<String> errors = new ArrayList<>();
			for (Notifier notifier : this.notifiers) {
				if (!notifier.reaches(one.recipient())) {
					continue;
				}
				try {
					notifier.send(one.recipient(), notice);
				}
				catch (RuntimeException ex) {
					log.warn("Notification {} to {} not sent by {}: {}", one.id(), one.recipient().username(),
							channel(notifier), ex.toString());
					errors.add(channel(notifier) + ": " + ex);
				}
			}
			record(one.id(), errors.isEmpty() ? DeliveryStatus.SENT : DeliveryStatus.FAILED,
					errors.isEmpty() ? null : abbreviate(String.join("; ", errors)));
		}
	}

	private void record(long id, DeliveryStatus status, String error) {
		try {
			this.ownTransaction.executeWithoutResult((tx) -> this.notifications.recordDelivery(id, status, error));
		}
		catch (RuntimeException ex) {
			log.warn("Could not record delivery status {} of notification {}", status, id, ex);
		}
	}

	private static String abbreviate(String error) {
		return (error.length() <= MAX_ERROR_LENGTH) ? error : error.substring(0, MAX_ERROR_LENGTH - 1) + "…";
	}

	private static String channel(Notifier notifier) {
		return notifier.getClass().getSimpleName();
	}

	/**
	 * A notification just stored, with whom it is for.
	 *
	 * @param id the row id
	 * @param recipient the person
	 */
	record Stored(long id, Recipient recipient) {
	}

}
