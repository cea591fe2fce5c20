package io.changeflow.schedule;

/**
 * What stands in the way of a planned window.
 */
public enum ConflictKind {

	/** Another approved change touches the same item at the same time. */
	SAME_CI,

	/**
	 * Another approved change at the same time touches an item that depends on one of
	 * ours, or one ours depends on.
	 */
	DEPENDENT_CI,

	/** A change freeze (global, or scoped to something the change impacts) overlaps. */
	BLACKOUT,

	/**
	 * An item the change impacts has maintenance windows and the planned window lies in
	 * none of them.
	 */
	OUTSIDE_MAINTENANCE_WINDOW

}
