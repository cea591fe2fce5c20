package io.changeflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.InboxDriver;
import io.changeflow.testing.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The inbox list with its filters and orders, and the badge count, over two real reviews:
 * one overdue P3, one P1 due in three days.
 */
class TaskListIntegrationTests extends IntegrationTest {

	private ApiSession manager;

	private String overdue;

	private String urgent;

	@BeforeEach
	void twoReviews() {
		InboxDriver inbox = new InboxDriver(this.jdbc);
		this.manager = signedIn("manager");
		ApiSession requester = signedIn("requester");
		String first = inbox.submitNormalChange(requester, "Retire the legacy FTP server");
		this.overdue = inbox.awaitTask(this.manager, "groups", first, "REVIEW_RFC").path("id").asText();
		String second = inbox.submitNormalChange(requester, "Open the firewall for the new CDN");
		this.urgent = inbox.awaitTask(this.manager, "groups", second, "REVIEW_RFC").path("id").asText();
		due(this.overdue, Instant.now().minus(Duration.ofHours(1)), "P3");
		due(this.urgent, Instant.now().plus(Duration.ofDays(3)), "P1");
	}

	@Test
	void filtersByKindPriorityAndDueDate() {
		assertThat(ids("kind=review_rfc")).containsExactly(this.overdue, this.urgent);
		assertThat(ids("kind=CAB_VOTE")).isEmpty();
		assertThat(ids("priority=P1")).containsExactly(this.urgent);
		assertThat(ids("due=overdue")).containsExactly(this.overdue);
		assertThat(ids("due=today")).containsExactly(this.overdue);
		assertThat(ids("due=week")).containsExactly(this.overdue, this.urgent);
		JsonNode late = this.manager.get("/api/tasks?scope=groups&due=overdue").json().get(0);
		assertThat(late.path("overdue").asBoolean()).isTrue();
	}

	@Test
	void sortsByDueDatePriorityOrAge() {
		assertThat(ids("sort=due")).containsExactly(this.overdue, this.urgent);
		assertThat(ids("sort=priority")).containsExactly(this.urgent, this.overdue);
		assertThat(ids("sort=age")).containsExactly(this.overdue, this.urgent);
	}

	@Test
	void unknownValuesAreRefusedNamingTheParameter() {
		for (String query : List.of("kind=HOMEWORK", "priority=P9", "due=yesterday", "sort=size", "scope=theirs")) {
			Response refused = this.manager.get("/api/tasks?" + query);
			String parameter = query.substring(0, query.indexOf('='));
			assertThat(refused.status()).as(query).isEqualTo(400);
			assertThat(refused.json().path("errors").path(0).path("field").asText()).as(query).isEqualTo(parameter);
		}
	}

	@Test
	void theBadgeCountsMineGroupsAndOverdue() {
		assertThat(count()).containsExactlyInAnyOrderEntriesOf(Map.of("mine", 0, "groups", 2, "overdue", 1));
		assertThat(this.manager.post("/api/tasks/" + this.overdue + "/claim", Map.of()).status()).isEqualTo(200);
		assertThat(count()).containsExactlyInAnyOrderEntriesOf(Map.of("mine", 1, "groups", 1, "overdue", 1));
		assertThat(signedIn("cab1").get("/api/tasks/count").json().path("groups").asInt()).isZero();
	}

	private Map<String, Integer> count() {
		JsonNode count = this.manager.get("/api/tasks/count").json();
		return Map.of("mine", count.path("mine").asInt(), "groups", count.path("groups").asInt(), "overdue",
				count.path("overdue").asInt());
	}

	private List<String> ids(String query) {
		Response response = this.manager.get("/api/tasks?scope=groups&" + query);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		response.json().forEach((task) -> ids.add(task.path("id").asText()));
		return ids.stream().filter((id) -> id.equals(this.overdue) || id.equals(this.urgent)).toList();
	}

	private void due(String id, Instant at, String priority) {
		this.jdbc.update("update human_task set due_at = ?, priority = ? where id = ?::uuid", Timestamp.from(at),
				priority, id);
	}

}
