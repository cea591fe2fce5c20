package io.changeflow.change;

/**
 * Which date of a change a period ({@code from}, {@code to}) of the change list selects
 * on.
 */
public enum ChangeDate {

	/** When it was first submitted. */
	SUBMITTED,
	/** The start of its planned window. */
	PLANNED_START,
	/** When its release implemented or backed it out (it moved to review or closed). */
	IMPLEMENTED

}
