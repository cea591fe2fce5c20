package io.changeflow.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Accepts dates and instants from {@value #MIN_YEAR} to {@value #MAX_YEAR} only.
 * {@code +999999999-12-31T23:59:59Z} is valid ISO-8601, but it overflows date arithmetic
 * and PostgreSQL's range; no change is planned before Unix time or after year 9999.
 * Applies to every {@code Instant}, {@code OffsetDateTime}, {@code ZonedDateTime},
 * {@code LocalDateTime} and {@code LocalDate} any request body holds. Dates are ISO-8601
 * text: a number would be read as epoch seconds, an overflowing one silently as 1970.
 */
class DateRangeModule extends SimpleModule {

	private static final long serialVersionUID = 1L;

	static final int MIN_YEAR = 1970;

	static final int MAX_YEAR = 9999;

	DateRangeModule() {
		super("changeflow-date-range");
		setDeserializerModifier(new BeanDeserializerModifier() {

			@Override
			public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
					JsonDeserializer<?> deserializer) {
				return isDate(description.getBeanClass()) ? new RangeChecked(deserializer) : deserializer;
			}

		});
	}

	private static boolean isDate(Class<?> type) {
		return type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
				|| type == LocalDateTime.class || type == LocalDate.class;
	}

	/** The year of a date value in UTC, or null for anything that is no date. */
	static Integer yearOf(Object value) {
		return switch (value) {
			case Instant instant -> instant.atOffset(ZoneOffset.UTC).getYear();
			case OffsetDateTime dateTime -> dateTime.getYear();
			case ZonedDateTime dateTime -> dateTime.getYear();
			case LocalDateTime dateTime -> dateTime.getYear();
			case LocalDate date -> date.getYear();
			case null, default -> null;
		};
	}

	private static final class RangeChecked extends DelegatingDeserializer {

		private static final long serialVersionUID = 1L;

		RangeChecked(JsonDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
			return new RangeChecked(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (parser.currentToken() != null && parser.currentToken().isNumeric()) {
				// Jackson reads a number as epoch seconds, and an overflowing one as
				// 1970.
				throw new OutOfRange(parser, parser.getText(), handledType(), "must be an ISO-8601 date, not a number");
			}
			Object value = super.deserialize(parser, context);
			Integer year = yearOf(value);
			if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
				throw new OutOfRange(parser, value, handledType(),
						"must be a date from year %d to %d".formatted(MIN_YEAR, MAX_YEAR));
			}
			return value;
		}

	}

	/** A date outside the accepted years, or a number; the API names its field. */
	static final class OutOfRange extends InvalidFormatException {

		private static final long serialVersionUID = 1L;

		OutOfRange(JsonParser parser, Object value, Class<?> type, String message) {
			super(parser, message, value, type);
		}

	}

}
