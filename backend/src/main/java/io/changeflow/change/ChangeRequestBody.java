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
import jakarta.validation.constraints.NotEmpty;
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
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * An RFC as the requester writes it, for a new draft or as a full replacement. A draft
 * needs a title only (the {@code Default} group); what is there must be well formed. The
 * {@link Submission} group adds what a submitted RFC needs. The rules that need no lookup
 * are here; the CMDB, user and change model lookups are in {@link ChangeValidator}. With
 * a change model, its category and plans replace the ones given, so they may be left out.
 * Messages are sentences a requester reads next to the field
 * ({@code ValidationMessages.properties}).
 */
@ChangeRequestBody.Consistent
@ChangeRequestBody.Complete(groups = ChangeRequestBody.Submission.class)
record ChangeRequestBody(
		@NotBlank(message = "{change.title.blank}") @Size(min = 3, max = 200, message = "{change.title.size}") @Pattern(
				regexp = "[^<>]*",
				message = "{change.title.brackets}") @PlainText(message = "{change.title.html}") String title,
		@NotBlank(groups = Submission.class, message = "{change.description.blank}") @Size(max = 20_000,
				message = "{change.description.size}") @PlainText(
						message = "{change.description.html}") String description,
		@NotBlank(groups = Submission.class, message = "{change.justification.blank}") @Size(max = 5_000,
				message = "{change.justification.size}") @PlainText(
						message = "{change.justification.html}") String justification,
		ChangeCategory category, @Size(max = 100, message = "{change.implementer.size}") String implementer,
		@NotEmpty(groups = Submission.class, message = "{change.affectedCis.empty}") @Size(max = 50,
				message = "{change.affectedCis.size}") List<@NotBlank(message = "{change.affectedCis.key}") @Size(
						max = 20, message = "{change.affectedCis.key}") String> affectedCis,
		@NotNull(groups = Submission.class, message = "{change.impact.null}") @Min(value = 1,
				message = "{change.impact.range}") @Max(value = 3, message = "{change.impact.range}") Integer impact,
		@NotNull(groups = Submission.class, message = "{change.urgency.null}") @Min(value = 1,
				message = "{change.urgency.range}") @Max(value = 3, message = "{change.urgency.range}") Integer urgency,
		@Size(max = 20_000, message = "{change.implementationPlan.size}") @PlainText(
				message = "{change.implementationPlan.html}") String implementationPlan,
		@Size(max = 20_000,
				message = "{change.testPlan.size}") @PlainText(message = "{change.testPlan.html}") String testPlan,
		@Size(max = 20_000, message = "{change.backoutPlan.size}") @PlainText(
				message = "{change.backoutPlan.html}") String backoutPlan,
		@NotNull(groups = Submission.class, message = "{change.plannedStart.null}") @JsonDeserialize(
				using = IsoDateTime.class) OffsetDateTime plannedStart,
		@NotNull(groups = Submission.class, message = "{change.plannedEnd.null}") @JsonDeserialize(
				using = IsoDateTime.class) OffsetDateTime plannedEnd,
		@NotBlank(groups = Submission.class, message = "{change.timeZone.blank}") @Size(max = 60,
				message = "{change.timeZone.unknown}") String timeZone,
		@Size(max = 20,
				message = "{change.incidentRefs.size}") List<@NotNull(message = "{change.incidentRef.size}") @Size(
						min = 1, max = 40, message = "{change.incidentRef.size}") @Pattern(regexp = "[A-Za-z0-9_.:#-]+",
								message = "{change.incidentRef.pattern}") String> incidentRefs,
		Boolean emergency, UUID changeModelId,
		@Size(max = 20, message = "{change.attachments.size}") List<@NotNull @Valid Attachment> attachments) {

	/** How far ahead a window may be planned. */
	static final int MAX_YEARS_AHEAD = 2;

	ChangeRequestBody {
		affectedCis = (affectedCis != null) ? affectedCis : List.of();
		incidentRefs = (incidentRefs != null) ? incidentRefs : List.of();
		attachments = (attachments != null) ? attachments : List.of();
		emergency = Boolean.TRUE.equals(emergency);
	}

	/**
	 * A stored RFC as its requester would send it again: what submission checks against
	 * the {@link Submission} rules.
	 */
	static ChangeRequestBody of(ChangeRequest change) {
		ChangeDetails d = change.details();
		return new ChangeRequestBody(d.title(), d.description(), d.justification(), d.category(), d.implementer(),
				change.affectedCis(), d.impact(), d.urgency(), d.implementationPlan(), d.testPlan(), d.backoutPlan(),
				d.plannedStart(), d.plannedEnd(), d.timeZone(), change.incidentRefs(), d.emergency(), d.changeModelId(),
				List.of());
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
	record Attachment(
			@NotBlank(message = "{change.attachment.name.blank}") @Size(max = 255,
					message = "{change.attachment.name.size}") @PlainText(
							message = "{change.attachment.name.html}") String name,
			@NotNull(message = "{change.attachment.size.null}") @Min(value = 0,
					message = "{change.attachment.size.range}") @Max(value = 104_857_600,
							message = "{change.attachment.size.range}") Long size,
			@NotNull(message = "{change.attachment.sha256}") @Pattern(regexp = "[0-9a-f]{64}",
					message = "{change.attachment.sha256}") String sha256) {
	}

	/** The rules a submitted RFC follows on top of a draft's. */
	interface Submission {

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
	 * The rules across fields that hold for drafts too: a window that ends after it
	 * starts and not too far ahead, a real time zone.
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = Consistent.Validator.class)
	@interface Consistent {

		String message() default "{change.consistent}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Validator implements ConstraintValidator<Consistent, ChangeRequestBody> {

			@Override
			public boolean isValid(ChangeRequestBody body, ConstraintValidatorContext context) {
				context.disableDefaultConstraintViolation();
				boolean valid = true;
				if (body.plannedStart() != null && body.plannedEnd() != null
						&& !body.plannedEnd().isAfter(body.plannedStart())) {
					valid &= reject("plannedEnd", "{change.plannedEnd.order}", context);
				}
				if (body.plannedStart() != null
						&& body.plannedStart().isAfter(OffsetDateTime.now().plusYears(MAX_YEARS_AHEAD))) {
					context.unwrap(HibernateConstraintValidatorContext.class)
						.addMessageParameter("years", MAX_YEARS_AHEAD);
					valid &= reject("plannedStart", "{change.plannedStart.ahead}", context);
				}
				if (isText(body.timeZone()) && !ZoneId.getAvailableZoneIds().contains(body.timeZone())) {
					valid &= reject("timeZone", "{change.timeZone.unknown}", context);
				}
				return valid;
			}

		}

	}

	/**
	 * What a submitted RFC needs besides its fields' own rules: category and plans unless
	 * a change model gives them.
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = Complete.Validator.class)
	@interface Complete {

		String message() default "{change.complete}";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Validator implements ConstraintValidator<Complete, ChangeRequestBody> {

			@Override
			public boolean isValid(ChangeRequestBody body, ConstraintValidatorContext context) {
				context.disableDefaultConstraintViolation();
				boolean valid = true;
				if (body.changeModelId() == null) {
					valid &= body.category() != null || reject("category", "{change.category.null}", context);
					valid &= isText(body.implementationPlan())
							|| reject("implementationPlan", "{change.implementationPlan.blank}", context);
					valid &= isText(body.testPlan()) || reject("testPlan", "{change.testPlan.blank}", context);
					valid &= isText(body.backoutPlan()) || reject("backoutPlan", "{change.backoutPlan.blank}", context);
				}
				return valid;
			}

		}

	}

	private static boolean isText(String value) {
		return value != null && !value.isBlank();
	}

	private static boolean reject(String field, String messageKey, ConstraintValidatorContext context) {
		context.buildConstraintViolationWithTemplate(messageKey).addPropertyNode(field).addConstraintViolation();
		return false;
	}

}
