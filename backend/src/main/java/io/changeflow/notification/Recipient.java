package io.changeflow.notification;

/**
 * Who a notifier sends to.
 *
 * @param username the login name
 * @param displayName the name people read (the username when the user is not known
 * locally, e.g. signed in through OIDC only)
 * @param email the email address, or null when there is none
 */
public record Recipient(String username, String displayName, String email) {

	static Recipient unknown(String username) {
		return new Recipient(username, username, null);
	}

}
