package io.changeflow.change;

/**
 * The ITIL change type, which decides the approval route: a standard change is
 * pre-approved by its model, a normal one goes to the CAB, an emergency one to the ECAB.
 */
public enum ChangeClass {

	STANDARD, NORMAL, EMERGENCY

}
