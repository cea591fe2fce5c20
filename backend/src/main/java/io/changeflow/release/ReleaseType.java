package io.changeflow.release;

/**
 * How much a release ships: only what changed, the whole release unit, or a package of
 * several releases.
 */
public enum ReleaseType {

	DELTA, FULL, PACKAGE

}
