package io.changeflow.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.InboxDriver;
import io.changeflow.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signed-in browsers hear about tasks and change steps as they happen, over a real
 * {@code /api/events} stream, and only about the tasks they may see.
 */
class LiveEventsIntegrationTests extends IntegrationTest {

	@Autowired
	private LiveEvents live;

	@Test
	void aChangeManagerSeesAReviewOpenAndACollegueCompleteIt() {
		InboxDriver inbox = new InboxDriver(this.jdbc);
		inbox.createUser("manager2", List.of("CHANGE_MANAGER"), List.of());
		ApiSession requester = signedIn("requester");
		try (EventStream managerEvents = EventStream.open(signedIn("manager"));
				EventStream requesterEvents = EventStream.open(requester)) {
			String key = inbox.submitNormalChange(requester, "Rotate the database credentials");

			JsonNode opened = managerEvents.await("task", (task) -> key.equals(task.path("changeKey").asText())
					&& "OPEN".equals(task.path("state").asText()));
			assertThat(opened.path("kind").asText()).isEqualTo("REVIEW_RFC");
			assertThat(opened.hasNonNull("assignee")).isFalse();
			Response done = signedIn("manager2").post("/api/tasks/" + opened.path("id").asText() + "/complete",
					Map.of("decision", "accept"));
			assertThat(done.status()).as(done.toString()).isEqualTo(200);

			JsonNode completed = managerEvents.await("task", (task) -> opened.path("id").equals(task.path("id"))
					&& "COMPLETED".equals(task.path("state").asText()));
			assertThat(completed.path("completedBy").asText()).isEqualTo("manager2");
			assertThat(completed.path("version").asLong()).isGreaterThan(opened.path("version").asLong());
			JsonNode change = requesterEvents.await("change", (step) -> key.equals(step.path("key").asText())
					&& "AWAITING_CAB".equals(step.path("state").asText()));
			assertThat(change.has("currentStep")).isTrue();
			assertThat(change.has("currentStepName")).isTrue();
			assertThat(requesterEvents.seen("task")).as("the review is none of the requester's business")
				.noneMatch((task) -> "REVIEW_RFC".equals(task.path("kind").asText()));
		}
	}

	@Test
	void aClosedStreamIsForgottenAtTheNextEvent() {
		InboxDriver inbox = new InboxDriver(this.jdbc);
		inbox.createUser("listener", List.of("AUDITOR"), List.of());
		EventStream events = EventStream.open(signedIn("listener"));
		assertThat(this.live.listening("listener")).isOne();

		events.close();
		inbox.submitNormalChange(signedIn("requester"), "Renew the TLS certificate");

		Eventually.await("the closed stream dropped", () -> this.live.listening("listener"),
				(listening) -> listening == 0);
	}

	@Test
	void onlySignedInPeopleListen() {
		var response = anonymous().stream("/api/events");
		response.body().close();
		assertThat(response.statusCode()).isEqualTo(401);
	}

}
