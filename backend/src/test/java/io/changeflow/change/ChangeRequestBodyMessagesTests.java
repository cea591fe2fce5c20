package io.changeflow.change;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.groups.Default;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a requester reads when an RFC breaks a rule: a sentence naming the field in words,
 * for every rule of {@link ChangeRequestBody}, including those checked across fields.
 */
class ChangeRequestBodyMessagesTests {

	private static ValidatorFactory factory;

	private static Validator validator;

	@BeforeAll
	static void start() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void stop() {
		factory.close();
	}

	@Test
	void anEmptyDraftLacksOnlyItsTitle() {
		assertThat(messages(body(null), Default.class)).containsExactly(Map.entry("title", Set.of("Enter a title.")));
	}

	@Test
	void submittingATitleOnlyDraftNamesEveryMissingFieldInWords() {
		Map<String, Set<String>> messages = messages(body("Rotate the certificates"),
				ChangeRequestBody.Submission.class);

		assertThat(messages).containsOnlyKeys("description", "justification", "category", "affectedCis", "impact",
				"urgency", "implementationPlan", "testPlan", "backoutPlan", "plannedStart", "plannedEnd", "timeZone");
		assertThat(messages).containsEntry("affectedCis", Set.of("Choose at least one configuration item."))
			.containsEntry("testPlan", Set.of("Describe how you will test that the change worked."));
		assertPlain(messages);
	}

	@Test
	void everyRuleOfAFilledInRfcSpeaksPlainly() {
		OffsetDateTime start = OffsetDateTime.now().plusYears(3);
		String html = "<b>bold</b>";
		ChangeRequestBody broken = new ChangeRequestBody("<", html, "x".repeat(5_001), null, "u".repeat(101),
				Collections.nCopies(51, " "), 0, 4, html, "t".repeat(20_001), html, start, start.minusHours(1),
				"Mars/Olympus_Mons", List.of("INC 1", ""), false, null,
				List.of(new ChangeRequestBody.Attachment("", -1L, "ABC")));

		Map<String, Set<String>> messages = messages(broken, Default.class, ChangeRequestBody.Submission.class);

		assertThat(messages).containsKeys("title", "description", "justification", "implementer", "affectedCis",
				"impact", "urgency", "implementationPlan", "testPlan", "backoutPlan", "plannedStart", "plannedEnd",
				"timeZone", "incidentRefs", "attachments.name", "attachments.size", "attachments.sha256");
		assertThat(messages.get("plannedEnd")).containsExactly("The planned end must be after the planned start.");
		assertThat(messages.get("plannedStart")).containsExactly("The planned start can be at most 2 years ahead.");
		assertThat(messages.get("title")).contains("The title needs between 3 and 200 characters.",
				"The title cannot contain < or >.");
		assertPlain(messages);
	}

	private static void assertPlain(Map<String, Set<String>> messages) {
		messages.forEach((field, texts) -> assertThat(texts).allSatisfy((text) -> {
			assertThat(text).as(field).doesNotContainIgnoringCase("must not").doesNotContain("{", "}");
			assertThat(text).as(field).matches("[A-Z].*[.]");
		}));
	}

	private static ChangeRequestBody body(String title) {
		return new ChangeRequestBody(title, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null);
	}

	/** The messages by field, as Problem Details name it (without list indexes). */
	private static Map<String, Set<String>> messages(ChangeRequestBody body, Class<?>... groups) {
		return validator.validate(body, groups)
			.stream()
			.collect(Collectors.groupingBy(ChangeRequestBodyMessagesTests::field,
					Collectors.mapping(ConstraintViolation::getMessage, Collectors.toSet())));
	}

	private static String field(ConstraintViolation<?> violation) {
		return violation.getPropertyPath().toString().replaceAll("\\[\\d*]|\\.<[^>]*>", "");
	}

}
