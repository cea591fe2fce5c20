package io.changeflow.notification;

/**
 * An external channel a notice goes out on besides the in-app notification, such as
 * email. The in-app row is stored first, in the caller's transaction; notifiers run after
 * that transaction committed, so a notice of a rolled-back change is never sent, and a
 * failing channel cannot undo the caller's work. A notifier throws when it fails; the
 * failure is recorded on the in-app notification.
 */
public interface Notifier {

	/**
	 * Sends one notice to one person.
	 * @param recipient who
	 * @param notice what
	 */
	void send(Recipient recipient, Notice notice);

	/**
	 * Whether this channel can reach the person at all (email needs an address).
	 * @param recipient who
	 * @return false to skip the person without counting it as a failure
	 */
	default boolean reaches(Recipient recipient) {
		return true;
	}

}
