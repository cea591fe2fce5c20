package io.changeflow.cmdb;

/**
 * How one item relates to another, read "source TYPE target": checkout-api RUNS_ON
 * app-server-01. A change to the target impacts the source (the server hurts the app),
 * except for PART_OF, where a change to the part impacts the whole (checkout-api PART_OF
 * Web shop: the app hurts the business service).
 */
public enum RelationType {

	DEPENDS_ON, RUNS_ON, CONNECTS_TO, PART_OF

}
