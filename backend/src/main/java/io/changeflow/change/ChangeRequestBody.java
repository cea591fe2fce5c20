package io.changeflow.change;

import io.swagger.v3.oas.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * An RFC as the requester writes it, for a new draft or as a full replacement. The rules
 * that need no lookup are here; the CMDB, user and change model lookups are in
 * {@link ChangeValidator}. With a change model, its category and plans replace the ones
 * given, so they may be left out.
 */
@ChangeRequestBody.Consistent
record ChangeRequestBody(
		@NotBlank @Size(min = 3, max = 200) @Pattern(regexp = "[^<>]*",
				message = "must not contain < or >") @PlainText String title,
		@NotBlank @Size(max = 20_000) @PlainText String description,
		@NotBlank @Size(max = 5_000) @PlainText String justification, ChangeCategory category,
		@Size(max = 100) String implementer, @Size(max = 50) List<@NotBlank @Size(max = 20) String> affectedCis,
		@NotNull @Min(1) @Max(3) Integer impact, @NotNull @Min(1) @Max(3) Integer urgency,
		@Size(max = 20_000) @PlainText String implementationPlan, @Size(max = 20_000) @PlainText String testPlan,
		@Size(max = 20_000) @PlainText String backoutPlan,
		@NotNull @JsonDeserialize(using = IsoDateTime.class) OffsetDateTime plannedStart,
		@NotNull @JsonDeserialize(using = IsoDateTime.class) OffsetDateTime plannedEnd,
		@NotBlank @Size(max = 60) String timeZone,
		@Size(max = 20) List<@NotNull @Size(min = 1, max = 40) @Pattern(regexp = "[A-Za-z0-9_.:#-]+",
				message = "may only contain letters, digits and _.:#-") String> incidentRefs,
		Boolean emergency, UUID changeModelId, @Size(max = 20) List<@NotNull @Valid Attachment> attachments) {

	/** How far ahead a window may be planned. */
	static final int MAX_YEARS_AHEAD = 2;

	ChangeRequestBody {
		affectedCis = (affectedCis != null) ? affectedCis : List.of();
		incidentRefs = (incidentRefs != null) ? incidentRefs : List.of();
		attachments = (attachments != null) ? attachments : List.of();
		emergency = Boolean.TRUE.equals(emergency);
	}

	/**
	 * A file the RFC refers to; the file itself lives elsewhere, the RFC keeps its name,
	 * size and hash.
	 *
	 * @param name the file name
	 * @param size its size in bytes
	 * @param sha256 the SHA-256 of its content, lowercase hex
	 */
	@Schema(name = "AttachmentBody")
	record Attachment(@NotBlank @Size(max = 255) @PlainText String name, @NotNull @Min(0) @Max(104_857_600) Long size,
			@NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lowercase hex digits") String sha256) {
	}

	/**
	 * Reads an ISO-8601 date-time with an offset, such as
	 * {@code 2026-12-01T22:00:00+01:00}, keeping the offset. A malformed one fails as a
	 * value of the wrong format, so the error names the field.
	 */
	static class IsoDateTime extends StdScalarDeserializer<OffsetDateTime> {

		IsoDateTime() {
			super(OffsetDateTime.class);
		}

		@Override
		public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
			}
			String text = parser.getText();
			try {
				return OffsetDateTime.parse(text);
			}
			catch (DateTimeParseException ex) {
				throw InvalidFormatException.from(parser, "must be an ISO-8601 date-time with offset", text,
						OffsetDateTime.class);
			}
		}

	}

	/**
	 * The rules across fields: plans and category unless a model gives them, a window
	 * that ends after it starts and not too far ahead, a real time zone.
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = ConsistentValidator.class)
	@interface Consistent {

		String message() default "inconsistent";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	static class ConsistentValidator implements ConstraintValidator<Consistent, ChangeRequestBody> {

		@Override
		public boolean isValid(ChangeRequestBody body, ConstraintValidatorContext context) {
			context.disableDefaultConstraintViolation();
			boolean valid = true;
			if (body.changeModelId() == null) {
				valid &= present(body.category() != null, "category", context);
				valid &= present(isText(body.implementationPlan()), "implementationPlan", context);
				valid &= present(isText(body.testPlan()), "testPlan", context);
				valid &= present(isText(body.backoutPlan()), "backoutPlan", context);
			}
			if (body.plannedStart() != null && body.plannedEnd() != null
					&& !body.plannedEnd().isAfter(body.plannedStart())) {
				valid &= reject("plannedEnd", "must be after plannedStart", context);
			}
			if (body.plannedStart() != null
					&& body.plannedStart().isAfter(OffsetDateTime.now().plusYears(MAX_YEARS_AHEAD))) {
				valid &= reject("plannedStart", "must not be more than " + MAX_YEARS_AHEAD + " years ahead", context);
			}
			if (isText(body.timeZone()) && !ZoneId.getAvailableZoneIds().contains(body.timeZone())) {
				valid &= reject("timeZone", "must be an IANA time zone such as Europe/Berlin", context);
			}
			return valid;
		}

		private static boolean isText(String value) {
			return value != null && !value.isBlank();
		}

		private static boolean present(boolean present, String field, ConstraintValidatorContext context) {
			return present || reject(field, "must not be blank", context);
		}

		private static boolean reject(String field, String message, ConstraintValidatorContext context) {
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
			return false;
		}

	}

}
