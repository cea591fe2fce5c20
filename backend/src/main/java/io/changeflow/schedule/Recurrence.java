package io.changeflow.schedule;

/**
 * How often a maintenance window comes round.
 */
public enum Recurrence {

	/** Once, from a start to an end. */
	ONCE,

	/** Every week on a day, at a local time in a time zone, for a duration. */
	WEEKLY

}
