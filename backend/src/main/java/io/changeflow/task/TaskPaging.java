package io.changeflow.task;

import io.changeflow.platform.ApiException;

/**
 * Which slice of the inbox to return: at most {@code limit} tasks after skipping
 * {@code offset} of them.
 *
 * @param limit how many, 1..500
 * @param offset how many to skip, 0 or more
 */
public record TaskPaging(int limit, int offset) {

	/** The first page of the default size. */
	public static final TaskPaging FIRST = new TaskPaging(100, 0);

	private static final int MAX_LIMIT = 500;

	/**
	 * Reads the query parameters; null or blank means the default.
	 * @throws ApiException 400 naming the parameter that is out of range or no number
	 */
	public static TaskPaging parse(String limit, String offset) {
		return new TaskPaging(number("limit", limit, FIRST.limit, 1, MAX_LIMIT),
				number("offset", offset, 0, 0, Integer.MAX_VALUE));
	}

	private static int number(String parameter, String value, int fallback, int min, int max) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		String range = (max == Integer.MAX_VALUE) ? "%d or more".formatted(min) : "from %d to %d".formatted(min, max);
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// a word or too large a number: refused below like any other bad value
		}
		throw ApiException.invalid(parameter, "must be a whole number %s, not '%s'".formatted(range, value));
	}

}
