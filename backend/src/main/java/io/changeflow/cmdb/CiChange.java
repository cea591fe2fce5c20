package io.changeflow.cmdb;

import java.util.Objects;

/**
 * One field of a configuration item going from one value to another.
 *
 * @param field the field, e.g. version, criticality, attributes.os, relation
 * @param oldValue before, or null
 * @param newValue after, or null
 */
record CiChange(String field, String oldValue, String newValue) {

	/** The change, or null when the value stays the same. */
	static CiChange of(String field, Object oldValue, Object newValue) {
		String before = (oldValue != null) ? oldValue.toString() : null;
		String after = (newValue != null) ? newValue.toString() : null;
		return Objects.equals(before, after) ? null : new CiChange(field, before, after);
	}

}
