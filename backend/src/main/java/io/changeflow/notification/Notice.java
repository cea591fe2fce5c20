package io.changeflow.notification;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What to tell people: one notice, sent to one or more users.
 *
 * @param kind what happened, upper snake case: DECISION, INFORMATION_REQUESTED,
 * VOTE_REQUESTED, ESCALATION, REMINDER, ...
 * @param subject one line people read first (the email subject)
 * @param body the text; may be empty
 * @param link a path inside the app such as {@code /changes/CHG-000042} or
 * {@code /inbox/<taskId>}, or null; emails make it absolute
 * @param changeKey the change it is about, or null
 * @param dedupKey makes sending idempotent, or null: a user gets a notice with the same
 * key only once, e.g. {@code CHG-000042:cab_vote:cab1}. Workers pass one, because the
 * engine delivers a job at least once.
 */
public record Notice(String kind, String subject, String body, String link, String changeKey, String dedupKey) {

	private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

	public Notice {
		Objects.requireNonNull(kind, "kind");
		if (!KIND.matcher(kind).matches()) {
			throw new IllegalArgumentException("kind must be upper snake case, at most 40 characters: " + kind);
		}
		if (subject == null || subject.isBlank()) {
			throw new IllegalArgumentException("subject must not be blank");
		}
		body = (body != null) ? body : "";
		// Only paths of this app: an email turns the link into base URL + path, so an
		// absolute or protocol-relative link would send people elsewhere.
		if (link != null && (!link.startsWith("/") || link.startsWith("//") || link.length() > 500)) {
			throw new IllegalArgumentException("link must be a path of the app, at most 500 characters: " + link);
		}
		if (changeKey != null && changeKey.length() > 40) {
			throw new IllegalArgumentException("changeKey is longer than 40 characters");
		}
		if (dedupKey != null && (dedupKey.isBlank() || dedupKey.length() > 200)) {
			throw new IllegalArgumentException("dedupKey must be 1 to 200 characters");
		}
	}

	/**
	 * A notice without a dedup key: every call notifies again.
	 */
	public Notice(String kind, String subject, String body, String link, String changeKey) {
		this(kind, subject, body, link, changeKey, null);
	}

	/**
	 * The same notice with a dedup key.
	 * @param dedupKey the key, e.g. {@code CHG-000042:cab_vote:cab1}
	 * @return a copy carrying the key
	 */
	public Notice withDedupKey(String dedupKey) {
		return new Notice(this.kind, this.subject, this.body, this.link, this.changeKey, dedupKey);
	}

}
