package io.changeflow.change;

/**
 * How likely and how bad a failure of the change would be, as classified.
 */
public enum Risk {

	LOW, MEDIUM, HIGH

}
