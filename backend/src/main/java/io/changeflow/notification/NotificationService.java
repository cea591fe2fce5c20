package io.changeflow.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people about things: every feature that needs someone to know (a vote waits, a
 * decision fell, a change escalated) calls {@link #notifyUsers}. Each person gets an
 * in-app notification; enabled external channels ({@link Notifier}s such as email) send
 * it once the caller's transaction has committed.
 */
@Service
public class NotificationService {

	private final NotificationRepository notifications;

	private final Recipients recipients;

	private final NotificationDelivery delivery;

	NotificationService(NotificationRepository notifications, Recipients recipients, NotificationDelivery delivery) {
		this.notifications = notifications;
		this.recipients = recipients;
		this.delivery = delivery;
	}

	/**
	 * Notifies each user once. Joins the caller's transaction: the in-app notifications
	 * are stored with the caller's work, and nothing is stored or sent when it rolls
	 * back. External channels run after the commit; their failures are logged and
	 * recorded, never thrown. A user who already got a notice with the same
	 * {@link Notice#dedupKey() dedup key} is skipped, so a job worker may call this again
	 * when the engine delivers its job again.
	 * @param usernames who to notify; blanks and repeats are ignored, users without a
	 * local account still get the in-app notification
	 * @param notice what to tell them
	 */
	@Transactional
	public void notifyUsers(Collection<String> usernames, Notice notice) {
		Objects.requireNonNull(notice, "notice");
		Set<String> names = new LinkedHashSet<>();
		usernames.stream().filter((name) -> name != null && !name.isBlank()).map(String::strip).forEach(names::add);
		if (names.isEmpty()) {
			return;
		}
		Map<String, Recipient> known = this.recipients.find(names);
		Instant now = Instant.now();
		List<NotificationDelivery.Stored> stored = new ArrayList<>();
		for (String name : names) {
			Recipient recipient = known.getOrDefault(name, Recipient.unknown(name));
			DeliveryStatus status = this.delivery.reaches(recipient) ? DeliveryStatus.PENDING
					: DeliveryStatus.IN_APP_ONLY;
			this.notifications
				.insert(name, notice.kind(), notice.subject(), notice.body(), notice.link(), notice.changeKey(),
						notice.dedupKey(), now, status.name())
				.filter((id) -> status == DeliveryStatus.PENDING)
				.ifPresent((id) -> stored.add(new NotificationDelivery.Stored(id, recipient)));
		}
		this.delivery.afterCommit(notice, stored);
	}

}
