package io.changeflow.discovery;

/**
 * Where an unauthorized change stands: open until a change manager resolves it one of
 * three ways.
 */
enum UnauthorizedChangeStatus {

	/** Nobody has looked at it yet. */
	OPEN,
	/** A retrospective emergency change now covers it. */
	LINKED,
	/** Left in place, for the reason given. */
	ACCEPTED,
	/** Undone on the item, for the reason given; the CMDB has the old value again. */
	ROLLED_BACK

}
