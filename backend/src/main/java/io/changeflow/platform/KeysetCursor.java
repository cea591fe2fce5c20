package io.changeflow.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where the next page of a sorted list starts: the sort it belongs to, the sort value of
 * the last row and that row's key (which breaks ties). Carrying the value, not only the
 * key, keeps the pages right when the last row's value changes between two requests. It
 * travels as an opaque URL-safe string.
 *
 * @param sort the name of the sort order
 * @param value the last row's sort value as text
 * @param key the last row's key
 */
public record KeysetCursor(String sort, String value, String key) {

	private static final String SEPARATOR = "\n";

	/** The cursor as the API hands it out. */
	public String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(String.join(SEPARATOR, this.sort, this.value, this.key).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads a cursor of a page of the given sort.
	 * @param after the cursor as the API handed it out
	 * @param sort the sort of the page asked for
	 * @return the cursor
	 * @throws ApiException 400 naming {@code after} when it is no cursor, or one of
	 * another sort (its value would mean something else)
	 */
	public static KeysetCursor decode(String after, String sort) {
		String[] parts;
		try {
			parts = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split(SEPARATOR, -1);
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.invalid("after", "is not a cursor this list handed out");
		}
		if (parts.length != 3 || parts[2].isEmpty()) {
			throw ApiException.invalid("after", "is not a cursor this list handed out");
		}
		if (!parts[0].equals(sort)) {
			throw ApiException.invalid("after", "belongs to the list sorted by " + parts[0] + ", not by " + sort
					+ "; start again from the first page");
		}
		return new KeysetCursor(parts[0], parts[1], parts[2]);
	}

}
