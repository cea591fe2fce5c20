package io.changeflow.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One notice as one person sees it in the app. Rows are inserted by
 * {@link NotificationRepository#insert} (so a repeated dedup key is skipped, not an
 * error); the entity serves reading and marking read.
 */
@Entity
@Table(name = "notification")
class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String username;

	@Column(nullable = false)
	private String kind;

	@Column(nullable = false)
	private String subject;

	@Column(nullable = false)
	private String body;

	private String link;

	@Column(name = "change_key")
	private String changeKey;

	@Column(name = "dedup_key")
	private String dedupKey;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "delivery_status", nullable = false)
	private DeliveryStatus deliveryStatus;

	@Column(name = "last_error")
	private String lastError;

	protected Notification() {
	}

	/** Idempotent: the first read time stays. */
	void markRead(Instant now) {
		if (this.readAt == null) {
			this.readAt = now;
		}
	}

	NotificationView view() {
		return new NotificationView(this.id, this.kind, this.subject, this.body, this.link, this.changeKey,
				this.createdAt, this.readAt != null);
	}

}
