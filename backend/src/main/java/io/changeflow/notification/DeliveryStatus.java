package io.changeflow.notification;

/**
 * How far an in-app notification got on the external channels.
 */
enum DeliveryStatus {

	/** No enabled channel reaches the person: the in-app row is all there is. */
	IN_APP_ONLY,

	/** Stored; the channels run once the caller's transaction commits. */
	PENDING,

	/** Every channel that reaches the person accepted it. */
	SENT,

	/** A channel failed; {@code last_error} says which and why. */
	FAILED

}
