package io.changeflow.notification;

import org.springframework.lang.Nullable;

import java.time.Instant;

/**
 * A notification as the API shows it to its owner.
 *
 * @param id the id, also the cursor of the list
 * @param kind what happened, e.g. VOTE_REQUESTED
 * @param subject the line people read first
 * @param body the text
 * @param link a path inside the app, if any
 * @param changeKey the change it is about, if any
 * @param createdAt when it was created
 * @param read whether the owner has marked it read
 */
public record NotificationView(long id, String kind, String subject, @Nullable String body, @Nullable String link,
		@Nullable String changeKey, Instant createdAt, boolean read) {
}
