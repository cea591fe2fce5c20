package io.changeflow.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A requester saves a draft with only a title and completes it later: the full rules of
 * an RFC apply when it is submitted, which names every missing field in words a requester
 * understands and leaves the draft as it was.
 */
class ChangeDraftIntegrationTests extends IntegrationTest {

	/** What a title-only draft lacks, and what the API says about each. */
	private static final Map<String, String> MISSING = missing();

	private ApiSession requester;

	@BeforeEach
	void signIn() {
		this.requester = signedIn("requester");
	}

	private static Map<String, String> missing() {
		Map<String, String> missing = new LinkedHashMap<>();
		missing.put("description", "Describe what the change does.");
		missing.put("justification", "Explain why the change is needed.");
		missing.put("category", "Choose a category.");
		missing.put("affectedCis", "Choose at least one configuration item.");
		missing.put("impact", "Choose the impact.");
		missing.put("urgency", "Choose the urgency.");
		missing.put("implementationPlan", "Describe how the change will be implemented.");
		missing.put("testPlan", "Describe how you will test that the change worked.");
		missing.put("backoutPlan", "Describe how the change can be undone if it fails.");
		missing.put("plannedStart", "Enter the planned start.");
		missing.put("plannedEnd", "Enter the planned end.");
		missing.put("timeZone", "Choose the time zone of the planned window.");
		return missing;
	}

	@Test
	void aDraftWithOnlyATitleIsSavedAndReloadsWithNulls() {
		Response created = this.requester.post("/api/changes", Map.of("title", "Rotate the edge-lb certificates"));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		JsonNode draft = this.requester.get("/api/changes/CHG-000001").json();
		assertThat(draft.path("title").asText()).isEqualTo("Rotate the edge-lb certificates");
		assertThat(draft.path("state").asText()).isEqualTo("DRAFT");
		for (String field : List.of("description", "justification", "category", "impact", "urgency",
				"implementationPlan", "testPlan", "backoutPlan", "plannedStart", "plannedEnd", "timeZone")) {
			// The API leaves out what is null.
			assertThat(draft.has(field)).as(field + " in " + draft).isFalse();
		}
		assertThat(draft.path("affectedCis")).isEmpty();
		assertThat(this.requester.get("/api/changes").json().path("items").get(0).has("plannedStart"))
			.as("the list shows the draft too")
			.isFalse();
		assertThat(this.jdbc
			.queryForObject("select count(*) from change_request where description is null and impact is null"
					+ " and planned_start is null and time_zone is null", Integer.class))
			.isOne();
	}

	@Test
	void blankTextOfADraftIsStoredAsNothing() {
		Map<String, Object> rfc = new LinkedHashMap<>();
		rfc.put("title", "Rotate the edge-lb certificates");
		rfc.put("description", "  ");
		rfc.put("testPlan", "");
		rfc.put("impact", null);

		Response created = this.requester.post("/api/changes", rfc);

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(created.json().has("description")).isFalse();
		assertThat(created.json().has("testPlan")).isFalse();
	}

	@Test
	void aDraftStillNeedsATitleAndWhatItHasMustBeWellFormed() {
		Response noTitle = this.requester.post("/api/changes", Map.of("description", "Rotate the certificates"));
		Response badWindow = this.requester.post("/api/changes",
				Rfcs.window(
						new LinkedHashMap<>(
								Map.of("title", "Rotate the edge-lb certificates", "timeZone", "Europe/Berlin")),
						2, 1));

		assertThat(noTitle.status()).isEqualTo(400);
		assertThat(errors(noTitle)).containsExactly(Map.entry("title", "Enter a title."));
		assertThat(badWindow.status()).isEqualTo(400);
		assertThat(errors(badWindow))
			.containsExactly(Map.entry("plannedEnd", "The planned end must be after the planned start."));
		assertThat(this.jdbc.queryForObject("select count(*) from change_request", Integer.class)).isZero();
	}

	@Test
	void submittingATitleOnlyDraftNamesEveryMissingFieldAndKeepsTheDraft() {
		this.requester.post("/api/changes", Map.of("title", "Rotate the edge-lb certificates"));

		Response submit = this.requester.post("/api/changes/CHG-000001/submit", Map.of());

		assertThat(submit.status()).as(submit.toString()).isEqualTo(400);
		assertThat(submit.header("Content-Type")).startsWith("application/problem+json");
		assertThat(errors(submit)).containsExactlyInAnyOrderEntriesOf(MISSING);
		assertThat(submit.json().path("detail").asText()).contains("plannedStart: Enter the planned start.")
			.doesNotContain("must not");
		JsonNode draft = this.requester.get("/api/changes/CHG-000001").json();
		assertThat(draft.path("state").asText()).isEqualTo("DRAFT");
		assertThat(draft.path("title").asText()).isEqualTo("Rotate the edge-lb certificates");
		assertThat(draft.has("submittedAt")).isFalse();
		assertThat(draft.path("history")).isEmpty();
		assertNoProcessDue();
	}

	@Test
	void afterFillingInTheRestTheDraftIsSubmitted() {
		this.requester.post("/api/changes", Map.of("title", "Rotate the edge-lb certificates"));
		assertThat(this.requester.post("/api/changes/CHG-000001/submit", Map.of()).status()).isEqualTo(400);

		Response filled = this.requester.put("/api/changes/CHG-000001", Rfcs.valid("Rotate the edge-lb certificates"));
		Response submit = this.requester.post("/api/changes/CHG-000001/submit", Map.of());

		assertThat(filled.status()).as(filled.toString()).isEqualTo(200);
		assertThat(submit.status()).as(submit.toString()).isEqualTo(200);
		assertThat(submit.json().path("state").asText()).isEqualTo("SUBMITTED");
		Eventually.await("the process of CHG-000001",
				() -> this.jdbc.queryForObject("select process_instance_key from change_request", Long.class),
				(key) -> key != null);
	}

	static Stream<Arguments> oneFieldMissing() {
		return Stream.of(field("justification", (rfc) -> rfc.remove("justification")),
				field("backoutPlan", (rfc) -> rfc.remove("backoutPlan")),
				field("implementationPlan", (rfc) -> rfc.put("implementationPlan", "")),
				field("category", (rfc) -> rfc.remove("category")), field("impact", (rfc) -> rfc.remove("impact")),
				field("urgency", (rfc) -> rfc.put("urgency", null)),
				field("plannedStart", (rfc) -> rfc.remove("plannedStart")),
				field("timeZone", (rfc) -> rfc.remove("timeZone")),
				field("affectedCis", (rfc) -> rfc.put("affectedCis", List.of())));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("oneFieldMissing")
	void aDraftLackingOneFieldIsSavedButNotSubmitted(String field, Consumer<Map<String, Object>> breakIt) {
		Map<String, Object> rfc = Rfcs.valid("Upgrade checkout-api");
		breakIt.accept(rfc);

		Response created = this.requester.post("/api/changes", rfc);
		Response submit = this.requester.post("/api/changes/CHG-000001/submit", Map.of());

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		assertThat(submit.status()).as(submit.toString()).isEqualTo(400);
		assertThat(errors(submit)).containsOnlyKeys(field).containsEntry(field, MISSING.get(field));
		assertThat(this.requester.get("/api/changes/CHG-000001").json().path("state").asText()).isEqualTo("DRAFT");
		assertNoProcessDue();
	}

	@Test
	void aTitleOnlyDraftCanBeWithdrawn() {
		this.requester.post("/api/changes", Map.of("title", "Rotate the edge-lb certificates"));

		Response withdraw = this.requester.post("/api/changes/CHG-000001/withdraw",
				Map.of("reason", "Not needed after all"));

		assertThat(withdraw.status()).as(withdraw.toString()).isEqualTo(200);
		assertThat(withdraw.json().path("state").asText()).isEqualTo("WITHDRAWN");
	}

	@Test
	void theDatabaseKeepsASubmittedChangeComplete() {
		this.requester.post("/api/changes", Rfcs.valid("Upgrade checkout-api"));
		this.requester.post("/api/changes/CHG-000001/submit", Map.of());

		assertThatThrownBy(() -> this.jdbc.update("update change_request set planned_start = null"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("change_request_complete_once_submitted");
	}

	private void assertNoProcessDue() {
		assertThat(this.jdbc.queryForObject(
				"select count(*) from change_request where process_instance_key is not null or submitted_at is not null",
				Integer.class))
			.as("nothing submitted")
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from event_publication where event_type like '%ChangeProcessDue'", Integer.class))
			.as("no process start queued")
			.isZero();
	}

	private static Map<String, String> errors(Response response) {
		Map<String, String> errors = new LinkedHashMap<>();
		StreamSupport.stream(response.json().path("errors").spliterator(), false)
			.forEach((error) -> errors.put(error.path("field").asText(), error.path("message").asText()));
		return errors;
	}

	private static Arguments field(String field, Consumer<Map<String, Object>> breakIt) {
		return Arguments.of(field, breakIt);
	}

}
