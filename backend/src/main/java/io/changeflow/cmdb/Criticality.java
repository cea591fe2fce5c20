package io.changeflow.cmdb;

/**
 * How much the business suffers when the item fails; it raises the risk of a change
 * touching it.
 */
public enum Criticality {

	LOW, MEDIUM, HIGH, CRITICAL

}
