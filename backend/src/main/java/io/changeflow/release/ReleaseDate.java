package io.changeflow.release;

/** Which date of a release a period ({@code from}, {@code to}) of the list selects on. */
public enum ReleaseDate {

	/** When it was created. */
	CREATED,
	/** When it ended: rolled out and closed, backed out, failed or rejected. */
	ENDED

}
