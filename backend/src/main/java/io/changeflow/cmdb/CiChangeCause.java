package io.changeflow.cmdb;

/**
 * Why a configuration item changed: the answer an auditor wants for every history row.
 */
public enum CiChangeCause {

	/** A release deployed it (the row names the release and its changes). */
	RELEASE,
	/** An approved change covered it (the row names the change). */
	CHANGE,
	/** An admin edited the record (data care, not a change to the real thing). */
	ADMIN,
	/** A bulk import created or corrected it. */
	IMPORT,
	/** Discovery saw it change with no approved change or release covering it. */
	UNAUTHORIZED

}
