package io.changeflow.task;

import io.changeflow.platform.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which inbox tasks to show and in what order, from the query parameters of
 * {@code GET /api/tasks}. Every part is optional; the database applies them
 * ({@link InboxQueries}).
 *
 * @param kind only tasks of this kind, or null
 * @param priority only tasks of this priority (P1..P5), or null
 * @param due only tasks due in this horizon, or null
 * @param sort the order
 */
public record TaskFilter(TaskKind kind, String priority, Due due, Sort sort) {

	/** No filter, most urgent due date first. */
	public static final TaskFilter NONE = new TaskFilter(null, null, null, Sort.DUE);

	private static final Pattern PRIORITY = Pattern.compile("P[1-5]");

	/**
	 * Reads the query parameters; null or blank means "not given".
	 * @throws ApiException 400 naming the parameter with a value it does not know
	 */
	public static TaskFilter parse(String kind, String priority, String due, String sort) {
		String wantedPriority = blank(priority) ? null : priority.strip().toUpperCase(Locale.ROOT);
		if (wantedPriority != null && !PRIORITY.matcher(wantedPriority).matches()) {
			throw ApiException.invalid("priority", "must be one of P1..P5, not '%s'".formatted(priority));
		}
		return new TaskFilter(constant(TaskKind.class, "kind", kind), wantedPriority, constant(Due.class, "due", due),
				blank(sort) ? Sort.DUE : constant(Sort.class, "sort", sort));
	}

	private static <E extends Enum<E>> E constant(Class<E> type, String parameter, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			String known = Arrays.stream(type.getEnumConstants())
				.map((constant) -> constant.name().toLowerCase(Locale.ROOT))
				.collect(Collectors.joining(", "));
			throw ApiException.invalid(parameter, "must be one of %s, not '%s'".formatted(known, value));
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	/** Due horizons; each includes the overdue tasks. */
	public enum Due {

		/** Past their due date. */
		OVERDUE,
		/** Due before the end of today (UTC). */
		TODAY,
		/** Due within the next seven days. */
		WEEK;

		Instant horizon(Instant now) {
			return switch (this) {
				case OVERDUE -> now;
				case TODAY ->
					now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
				case WEEK -> now.plus(Duration.ofDays(7));
			};
		}

	}

	/** Orders of the inbox. */
	public enum Sort {

		/** Soonest due first (no due date last), then priority, then oldest. */
		DUE,
		/** Highest priority (P1) first, then soonest due, then oldest. */
		PRIORITY,
		/** Oldest first. */
		AGE

	}

}
