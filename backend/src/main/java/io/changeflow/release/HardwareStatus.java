package io.changeflow.release;

/**
 * Where a piece of hardware is in its life.
 */
public enum HardwareStatus {

	IN_STOCK, RESERVED, DEPLOYED, RETIRED

}
