package io.changeflow.cmdb;

/**
 * How one item relates to another, read "source TYPE target": checkout-api RUNS_ON
 * app-server-01. Whatever the type, a change to the target impacts the source.
 */
public enum RelationType {

	DEPENDS_ON, RUNS_ON, CONNECTS_TO, PART_OF

}
