package io.changeflow.report;

import io.changeflow.platform.ApiException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * The months a report covers, both inclusive, in UTC. Bounded so one request cannot ask
 * the database for decades of figures.
 *
 * @param from the first month
 * @param to the last month
 */
record MonthRange(YearMonth from, YearMonth to) {

	static final int MAX_MONTHS = 36;

	static final int DEFAULT_MONTHS = 12;

	private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

	/**
	 * The range the parameters name; without {@code to} it ends this month, without
	 * {@code from} it covers the twelve months up to {@code to}.
	 * @throws ApiException 400 naming the parameter for a malformed month, {@code from}
	 * after {@code to}, or more than {@value #MAX_MONTHS} months
	 */
	static MonthRange of(String from, String to, Clock clock) {
		YearMonth last = isBlank(to) ? YearMonth.now(clock.withZone(ZoneOffset.UTC)) : parse("to", to);
		YearMonth first = isBlank(from) ? last.minusMonths(DEFAULT_MONTHS - 1) : parse("from", from);
		if (first.isAfter(last)) {
			throw ApiException.invalid("from", "must not be after to (%s is after %s)".formatted(first, last));
		}
		if (first.until(last, ChronoUnit.MONTHS) + 1 > MAX_MONTHS) {
			throw ApiException.invalid("to",
					"must be at most %d months after from, both included".formatted(MAX_MONTHS));
		}
		return new MonthRange(first, last);
	}

	/** How many months the range covers. */
	int months() {
		return (int) this.from.until(this.to, ChronoUnit.MONTHS) + 1;
	}

	private static YearMonth parse(String field, String value) {
		if (value.length() > 7 || !MONTH.matcher(value).matches()) {
			throw ApiException.invalid(field, "must be a month written as YYYY-MM, e.g. 2026-03");
		}
		try {
			YearMonth month = YearMonth.parse(value, DateTimeFormatter.ofPattern("uuuu-MM"));
			if (month.getYear() < 2000 || month.getYear() > 2100) {
				throw ApiException.invalid(field, "must be a month from year 2000 to 2100");
			}
			return month;
		}
		catch (DateTimeParseException ex) {
			throw ApiException.invalid(field, "must be a month written as YYYY-MM, e.g. 2026-03");
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
