package io.changeflow.cmdb;

/**
 * Where an item is in its life: planned items may be changed freely, retired ones no
 * longer count for impact.
 */
public enum LifecycleStatus {

	PLANNED, IN_SERVICE, MAINTENANCE, RETIRED

}
