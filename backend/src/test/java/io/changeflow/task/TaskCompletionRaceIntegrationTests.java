package io.changeflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.change.Rfcs;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.ChangeFlows;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.InboxDriver;
import io.changeflow.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Simultaneous decisions on the real engine and database. A decision is recorded first
 * and reaches the engine after the commit, so: of N people completing one task exactly
 * one gets 2xx, and that decision is on the record and applied; decisions on different
 * tasks (CAB members voting at the same moment) never refuse one another.
 */
class TaskCompletionRaceIntegrationTests extends IntegrationTest {

	private static final int TRIALS = 20;

	private final ExecutorService pool = Executors.newFixedThreadPool(10);

	@Test
	void ofSimultaneousCompletionsOfOneTaskExactlyOneWinsAndIsApplied() throws Exception {
		InboxDriver inbox = new InboxDriver(this.jdbc);
		List<String> managers = new ArrayList<>(List.of("manager"));
		IntStream.rangeClosed(2, 10).forEach((n) -> {
			inbox.createUser("manager" + n, List.of("CHANGE_MANAGER"), List.of());
			managers.add("manager" + n);
		});
		ApiSession requester = signedIn("requester");
		int trial = 0;
		for (int racers : List.of(2, 5, 10)) {
			for (int i = 0; i < TRIALS; i++, trial++) {
				// Even trials: one person clicking in N tabs; odd: N different managers.
				boolean sameUser = trial % 2 == 0;
				List<ApiSession> sessions = IntStream.range(0, racers)
					.mapToObj((n) -> signedIn(sameUser ? "manager" : managers.get(n)))
					.toList();
				String key = inbox.submitNormalChange(requester, "Race " + racers + "/" + i);
				JsonNode review = inbox.awaitTask(sessions.get(0), "groups", key, "REVIEW_RFC");
				String complete = "/api/tasks/" + review.path("id").asText() + "/complete";

				List<Response> answers = race(sessions, complete, Map.of("decision", "accept", "comment", "go"));

				String trialName = "trial " + trial + " (" + racers + (sameUser ? " tabs)" : " managers)");
				List<Response> won = answers.stream().filter((answer) -> answer.status() / 100 == 2).toList();
				assertThat(won).as(trialName + ": one winner").hasSize(1);
				assertThat(answers).as(trialName + ": the others lose with 409")
					.filteredOn((answer) -> answer.status() / 100 != 2)
					.extracting(Response::status)
					.containsOnly(409);
				String winner = won.get(0).json().path("completedBy").asText();
				assertThat(answers).filteredOn((answer) -> answer.status() == 409)
					.extracting((answer) -> answer.json().path("detail").asText())
					.as(trialName)
					.containsOnly("Already completed by " + winner);
				// The winner's decision is on the timeline and the process took it.
				JsonNode change = requester.get("/api/changes/" + key).json();
				assertThat(change.path("history")
					.findParents("elementId")
					.stream()
					.filter((step) -> "review_rfc".equals(step.path("elementId").asText())
							&& winner.equals(step.path("actor").asText()))
					.toList()).as(trialName + ": the decision on the timeline").hasSize(1);
				Eventually.await(trialName + ": applied", () -> delivery(review.path("id").asText()),
						"APPLIED"::equals);
				changeFlows().awaitState(requester, key, "AWAITING_CAB");
			}
		}
	}

	@Test
	void cabMembersVotingAtTheSameMomentAreAllRecorded() throws Exception {
		ChangeFlows flows = changeFlows();
		InboxDriver inbox = new InboxDriver(this.jdbc);
		ApiSession requester = signedIn("requester");
		ApiSession manager = signedIn("manager");
		List<ApiSession> cab = List.of(signedIn("cab1"), signedIn("cab2"), signedIn("cab3"));
		int completions = 0;
		int conflicts = 0;
		for (int i = 0; i < 50; i++) {
			// Each in its own window: changes touching the same CI at the same time would
			// stop at a schedule conflict.
			String key = flows.submit(requester, Rfcs.window(Rfcs.valid("Vote " + i), 48 + 3 * i, 49 + 3 * i));
			JsonNode review = inbox.awaitTask(manager, "groups", key, "REVIEW_RFC");
			Response accepted = manager.post("/api/tasks/" + review.path("id").asText() + "/complete",
					Map.of("decision", "accept"));
			completions++;
			conflicts += (accepted.status() == 409) ? 1 : 0;
			assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
			Eventually.await("three votes open on " + key, () -> flows.openTaskAssignees(key, "CAB_VOTE"),
					(open) -> open.size() == 3);
			List<String> votes = List.of("cab1", "cab2", "cab3")
				.stream()
				.map((user) -> "/api/tasks/" + inbox.openTaskId(key, "CAB_VOTE", user) + "/complete")
				.toList();
			CountDownLatch go = new CountDownLatch(1);
			List<CompletableFuture<Response>> cast = IntStream.range(0, 3)
				.mapToObj((n) -> CompletableFuture.supplyAsync(
						() -> post(go, cab.get(n), votes.get(n), Map.of("decision", "approve", "comment", "ok")),
						this.pool))
				.toList();
			go.countDown();
			for (CompletableFuture<Response> vote : cast) {
				Response answer = vote.get();
				completions++;
				conflicts += (answer.status() == 409) ? 1 : 0;
				assertThat(answer.status()).as(key + ": " + answer).isEqualTo(200);
			}
			flows.awaitState(requester, key, "READY_FOR_RELEASE");
			JsonNode approvals = requester.get("/api/changes/" + key + "/approvals").json();
			assertThat(approvals.findValuesAsText("decision")).as(key + ": every vote recorded")
				.containsExactly("approve", "approve", "approve");
			// The quorum is two of three: the process takes two votes; the third is on
			// record, and says whether the process still needed it.
			List<String> deliveries = Eventually.await(key + ": deliveries settled",
					() -> approvals(requester, key).findValuesAsText("delivery"), (seen) -> !seen.contains("PENDING"));
			assertThat(deliveries).as(key).contains("APPLIED").doesNotContain("PENDING");
			assertThat(deliveries.stream().filter("APPLIED"::equals).count()).isGreaterThanOrEqualTo(2);
		}
		System.out.printf("uncontested completions: %d, 409: %d%n", completions, conflicts);
		assertThat(completions).isEqualTo(200);
		assertThat(conflicts).isZero();
	}

	private List<Response> race(List<ApiSession> sessions, String path, Map<String, Object> body) throws Exception {
		CountDownLatch go = new CountDownLatch(1);
		List<CompletableFuture<Response>> answers = sessions.stream()
			.map((session) -> CompletableFuture.supplyAsync(() -> post(go, session, path, body), this.pool))
			.toList();
		go.countDown();
		List<Response> result = new ArrayList<>();
		for (CompletableFuture<Response> answer : answers) {
			result.add(answer.get());
		}
		return result;
	}

	private static Response post(CountDownLatch go, ApiSession session, String path, Map<String, Object> body) {
		try {
			go.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return session.post(path, body);
	}

	private JsonNode approvals(ApiSession session, String key) {
		return session.get("/api/changes/" + key + "/approvals").json();
	}

	private String delivery(String taskId) {
		return this.jdbc.queryForObject("select delivery from human_task where id = ?::uuid", String.class, taskId);
	}

}
