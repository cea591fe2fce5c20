package io.changeflow.schedule;

/**
 * What a calendar entry is.
 */
public enum CalendarEntryKind {

	/** A change's planned window. */
	CHANGE,

	/** A release's planned rollout window. */
	RELEASE,

	/** A change freeze. */
	BLACKOUT,

	/** An occurrence of a maintenance window. */
	MAINTENANCE

}
