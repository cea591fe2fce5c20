package io.changeflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.InboxDriver;
import io.changeflow.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * Claim, give back and delegate on the real process: races end with one winner and a 409
 * naming them, and a task only goes to someone who may take it.
 */
class TaskAssignmentIntegrationTests extends IntegrationTest {

	@Test
	void twoManagersClaimTheSameReviewAndOneWins() throws Exception {
		InboxDriver inbox = new InboxDriver(this.jdbc);
		inbox.createUser("manager2", List.of("CHANGE_MANAGER"), List.of());
		ApiSession manager = signedIn("manager");
		ApiSession manager2 = signedIn("manager2");
		String key = inbox.submitNormalChange(signedIn("requester"), "Move the batch jobs to the new cluster");
		JsonNode review = inbox.awaitTask(manager, "groups", key, "REVIEW_RFC");
		assertThat(review.path("claimable").asBoolean()).isTrue();
		String claim = "/api/tasks/" + review.path("id").asText() + "/claim?version=" + review.path("version").asLong();

		CountDownLatch start = new CountDownLatch(1);
		CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> claimAfter(start, manager, claim));
		CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> claimAfter(start, manager2, claim));
		start.countDown();
		List<Response> answers = List.of(first.get(), second.get());

		assertThat(answers).extracting(Response::status).containsExactlyInAnyOrder(200, 409);
		Response won = answers.stream().filter((answer) -> answer.status() == 200).findFirst().orElseThrow();
		Response lost = answers.stream().filter((answer) -> answer.status() == 409).findFirst().orElseThrow();
		String winner = won.json().path("assignee").asText();
		assertThat(lost.json().path("detail").asText()).isEqualTo("Already claimed by " + winner);
		assertThat(won.json().path("unclaimable").asBoolean()).isTrue();
		assertThat(won.json().path("version").asLong()).isGreaterThan(review.path("version").asLong());

		ApiSession loser = winner.equals("manager") ? manager2 : manager;
		Response late = loser.post(claim, Map.of());
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.json().path("detail").asText()).isEqualTo("Already claimed by " + winner);
		Response decide = loser.post("/api/tasks/" + review.path("id").asText() + "/complete",
				Map.of("decision", "accept"));
		assertThat(decide.status()).isEqualTo(403);
		assertThat(decide.json().path("detail").asText()).isEqualTo("Already claimed by " + winner);
	}

	@Test
	void aClaimedReviewGoesBackToTheGroup() {
		InboxDriver inbox = new InboxDriver(this.jdbc);
		ApiSession manager = signedIn("manager");
		String key = inbox.submitNormalChange(signedIn("requester"), "Patch the VPN concentrators");
		String id = inbox.awaitTask(manager, "groups", key, "REVIEW_RFC").path("id").asText();

		Response claimed = manager.post("/api/tasks/" + id + "/claim", Map.of());
		assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
		assertThat(ids(manager, "mine")).contains(id);
		assertThat(ids(manager, "groups")).doesNotContain(id);

		Response returned = manager.post("/api/tasks/" + id + "/unclaim", Map.of());
		assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
		assertThat(returned.json().hasNonNull("assignee")).isFalse();
		assertThat(returned.json().path("claimable").asBoolean()).isTrue();
		assertThat(ids(manager, "groups")).contains(id);
		assertThat(ids(manager, "mine")).doesNotContain(id);
		assertThat(manager.post("/api/tasks/" + id + "/unclaim", Map.of()).status()).isEqualTo(409);
	}

	@Test
	void aReviewIsDelegatedOnlyToAnotherChangeManagerWhoMayReviewIt() {
		InboxDriver inbox = new InboxDriver(this.jdbc);
		inbox.createUser("manager2", List.of("CHANGE_MANAGER"), List.of());
		inbox.createUser("author", List.of("CHANGE_MANAGER", "REQUESTER"), List.of());
		ApiSession manager = signedIn("manager");
		String key = inbox.submitNormalChange(signedIn("author"), "Split the orders table");
		JsonNode review = inbox.awaitTask(manager, "groups", key, "REVIEW_RFC");
		String delegate = "/api/tasks/" + review.path("id").asText() + "/delegate";
		assertThat(review.path("delegable").asBoolean()).isTrue();

		assertRefused(manager.post(delegate, Map.of("to", "requester")), "not among those this task is for");
		assertRefused(manager.post(delegate, Map.of("to", "ghost")), "There is no user 'ghost'");
		assertRefused(manager.post(delegate, Map.of("to", "author")), "Segregation of duties rules out author");

		Response handed = manager.post(delegate, Map.of("to", "manager2", "comment", "You know this table"));
		assertThat(handed.status()).as(handed.toString()).isEqualTo(200);
		assertThat(handed.json().path("assignee").asText()).isEqualTo("manager2");
		assertThat(handed.json().path("delegatedBy").asText()).isEqualTo("manager");
		JsonNode mine = inbox.awaitTask(signedIn("manager2"), "mine", key, "REVIEW_RFC");
		assertThat(mine.path("unclaimable").asBoolean()).as("it came from the group").isTrue();
		assertThat(mine.path("allowedToComplete").asBoolean()).isTrue();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from notification where username = 'manager2' and change_key = ? and body like ?",
				Integer.class, key, "manager handed you%"))
			.isEqualTo(1);
	}

	@Test
	void aCabVoteTheProcessAssignedIsDelegatedToAMemberOfTheSameGroupsNotGivenBack() {
		InboxDriver inbox = new InboxDriver(this.jdbc);
		ApiSession manager = signedIn("manager");
		String key = inbox.submitNormalChange(signedIn("requester"), "Upgrade the message broker");
		String review = inbox.awaitTask(manager, "groups", key, "REVIEW_RFC").path("id").asText();
		assertThat(manager.post("/api/tasks/" + review + "/complete", Map.of("decision", "accept")).status())
			.isEqualTo(200);
		ApiSession cab1 = signedIn("cab1");
		JsonNode vote = inbox.awaitTask(cab1, "mine", key, "CAB_VOTE");
		// Joins the CAB after the roster was drawn up, so has no vote of their own.
		inbox.createUser("cab4", List.of("CAB_MEMBER"), List.of("dba", "security", "commerce", "platform", "network"));
		String task = "/api/tasks/" + vote.path("id").asText();
		assertThat(vote.path("unclaimable").asBoolean()).isFalse();
		assertThat(vote.path("delegable").asBoolean()).isTrue();

		assertThat(cab1.post(task + "/unclaim", Map.of()).status()).isEqualTo(409);
		assertRefused(cab1.post(task + "/delegate", Map.of("to", "ecab")), "does not hold the role CAB_MEMBER");
		assertRefused(cab1.post(task + "/delegate", Map.of("to", "cab2")), "cab2 already votes on " + key);

		Response handed = cab1.post(task + "/delegate", Map.of("to", "cab4"));
		assertThat(handed.status()).as(handed.toString()).isEqualTo(200);
		JsonNode delegated = inbox.awaitTask(signedIn("cab4"), "mine", key, "CAB_VOTE");
		assertThat(delegated.path("delegatedBy").asText()).isEqualTo("cab1");
		assertThat(delegated.path("unclaimable").asBoolean()).isFalse();
		assertThat(delegated.path("allowedToComplete").asBoolean()).isTrue();
		assertThat(cab1.post(task + "/complete", Map.of("decision", "approve")).status()).isEqualTo(403);
	}

	private static void assertRefused(Response response, String why) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().path("errors").path(0).path("field").asText()).isEqualTo("to");
		assertThat(response.json().path("detail").asText()).contains(why);
	}

	private static List<String> ids(ApiSession session, String scope) {
		return session.get("/api/tasks?scope=" + scope).json().findValuesAsText("id");
	}

	private static Response claimAfter(CountDownLatch start, ApiSession session, String path) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return session.post(path, Map.of());
	}

}
