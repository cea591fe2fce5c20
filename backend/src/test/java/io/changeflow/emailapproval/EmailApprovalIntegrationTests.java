package io.changeflow.emailapproval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.AuditRows;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Approving from email on the real process: the vote-requested notice (the email's text)
 * carries the links, reading a link changes nothing, confirming it votes as the approver
 * through the inbox's rules, once.
 */
class EmailApprovalIntegrationTests extends IntegrationTest {

	private static final Pattern APPROVE_LINK = Pattern.compile("/approve/([A-Za-z0-9_-]+)\\?decision=approve");

	@Autowired
	private EmailApprovalService approvals;

	private ChangesToVoteOn changes() {
		return new ChangesToVoteOn(this.jdbc, this::signedIn);
	}

	@Test
	void cab1ApprovesFromTheEmailLinkOnce() {
		String key = changes().awaitingCab("Upgrade checkout-api to 2.9.0");
		String body = voteNotice("cab1", key);
		assertThat(body).contains("/approve/").contains("?decision=approve").contains("?decision=reject");
		String token = tokenIn(body);
		String path = "/api/email-approvals/" + token;
		ApiSession browser = anonymous();

		Response summary = browser.get(path);
		assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
		assertThat(summary.json().path("task").path("changeKey").asText()).isEqualTo(key);
		assertThat(summary.json().path("task").path("kind").asText()).isEqualTo("CAB_VOTE");
		assertThat(summary.json().path("task").path("risk").asText()).isEqualTo("HIGH");
		assertThat(summary.json().path("approver").asText()).isEqualTo("cab1");
		assertThat(summary.json().path("usable").asBoolean()).isTrue();
		assertThat(browser.get(path).status()).as("reading twice is harmless").isEqualTo(200);
		assertThat(taskState(key, "cab1")).isEqualTo("OPEN");
		assertThat(usedLinks(key)).isZero();
		String sibling = this.approvals.issue(UUID.fromString(taskId(key, "cab1")), "cab1",
				Instant.now().plus(Duration.ofDays(1)));

		// One audit row, by the approver the link was issued to.
		Response approved = new AuditRows(this.jdbc).expectOne("cab1", "VoteCast",
				() -> browser.postWithoutCsrf(path, Map.of("decision", "approve", "comment", "looks safe")));
		assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
		assertThat(approved.json().path("decision").asText()).isEqualTo("approve");
		assertThat(taskState(key, "cab1")).isEqualTo("COMPLETED");
		JsonNode votes = signedIn("requester").get("/api/changes/" + key + "/approvals").json();
		JsonNode cab1 = votes.findParents("approver")
			.stream()
			.filter((vote) -> vote.path("approver").asText().equals("cab1"))
			.findFirst()
			.orElseThrow();
		assertThat(cab1.path("decision").asText()).isEqualTo("approve");
		assertThat(cab1.path("comment").asText()).isEqualTo("looks safe (via email link)");
		assertThat(this.jdbc.queryForList("select used_decision || ' from ' || used_from_ip from email_approval_link"
				+ " where approver = 'cab1' and used_at is not null", String.class))
			.as("the link clicked and its sibling, used up together")
			.hasSize(2)
			.allMatch((use) -> use.startsWith("approve from "));

		Response again = browser.postWithoutCsrf(path, Map.of("decision", "approve"));
		assertThat(again.status()).as(again.toString()).isEqualTo(410);
		assertThat(again.header("Content-Type")).startsWith("application/problem+json");
		assertThat(again.json().path("detail").asText()).contains("already used");
		JsonNode after = browser.get(path).json();
		assertThat(after.path("usable").asBoolean()).isFalse();
		assertThat(after.path("decision").asText()).isEqualTo("approve");
		Response viaSibling = browser.postWithoutCsrf("/api/email-approvals/" + sibling,
				Map.of("decision", "reject", "comment", "second thoughts"));
		assertThat(viaSibling.status()).as("cab1's other link is used up too").isEqualTo(410);
	}

	@Test
	void forgedTamperedAndExpiredLinksDecideNothing() {
		String key = changes().awaitingCab("Rotate the edge certificate");
		String token = tokenIn(voteNotice("cab1", key));
		UUID cab2Task = UUID.fromString(taskId(key, "cab2"));
		ApiSession browser = anonymous();

		char last = token.charAt(token.length() - 2);
		String tampered = token.substring(0, token.length() - 2) + ((last == 'A') ? 'B' : 'A')
				+ token.charAt(token.length() - 1);
		assertThat(browser.get("/api/email-approvals/" + tampered).status()).isEqualTo(401);
		Response forged = browser.postWithoutCsrf("/api/email-approvals/" + tampered, Map.of("decision", "approve"));
		assertThat(forged.status()).isEqualTo(401);
		assertThat(forged.json().path("title").asText()).isEqualTo("Invalid link");

		Response otherTask = browser.postWithoutCsrf("/api/email-approvals/" + withTask(token, cab2Task),
				Map.of("decision", "approve"));
		assertThat(otherTask.status()).as("cab1's signature does not cover cab2's task").isEqualTo(401);
		String cab1OnCab2sTask = this.approvals.issue(cab2Task, "cab1", Instant.now().plus(Duration.ofDays(1)));
		Response notTheirs = browser.postWithoutCsrf("/api/email-approvals/" + cab1OnCab2sTask,
				Map.of("decision", "approve"));
		assertThat(notTheirs.status()).as(notTheirs.toString()).isEqualTo(403);

		String expired = this.approvals.issue(cab2Task, "cab2", Instant.now().minus(Duration.ofHours(1)));
		assertThat(anonymous().get("/api/email-approvals/" + expired).json().path("problem").asText())
			.contains("expired");
		Response late = browser.postWithoutCsrf("/api/email-approvals/" + expired, Map.of("decision", "approve"));
		assertThat(late.status()).as(late.toString()).isEqualTo(410);

		assertThat(taskState(key, "cab1")).isEqualTo("OPEN");
		assertThat(taskState(key, "cab2")).isEqualTo("OPEN");
		assertThat(usedLinks(key)).isZero();
	}

	@Test
	void aRejectNeedsACommentAndAVoteCastInTheInboxCannotBeCastAgain() {
		String key = changes().awaitingCab("Change the discount engine");
		String cab3Token = tokenIn(voteNotice("cab3", key));
		String cab2Token = tokenIn(voteNotice("cab2", key));
		ApiSession browser = anonymous();

		Response bare = browser.postWithoutCsrf("/api/email-approvals/" + cab3Token, Map.of("decision", "reject"));
		assertThat(bare.status()).as(bare.toString()).isEqualTo(400);
		assertThat(bare.json().path("errors").get(0).path("field").asText()).isEqualTo("comment");
		assertThat(taskState(key, "cab3")).isEqualTo("OPEN");

		Response inbox = signedIn("cab2").post("/api/tasks/" + taskId(key, "cab2") + "/complete",
				Map.of("decision", "approve"));
		assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
		JsonNode summary = browser.get("/api/email-approvals/" + cab2Token).json();
		assertThat(summary.path("usable").asBoolean()).isFalse();
		assertThat(summary.path("problem").asText()).isEqualTo("Already completed by cab2");
		Response twice = browser.postWithoutCsrf("/api/email-approvals/" + cab2Token,
				Map.of("decision", "reject", "comment", "changed my mind"));
		assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
		assertThat(twice.json().path("detail").asText()).isEqualTo("Already completed by cab2");

		Response rejected = browser.postWithoutCsrf("/api/email-approvals/" + cab3Token,
				Map.of("decision", "reject", "comment", "no backout tested"));
		assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
		Eventually.await(key + " vetoed", () -> changeState(key), "REJECTED"::equals);
	}

	@Test
	void segregationOfDutiesHoldsForEcabLinks() {
		changes().createUser("dual", List.of("REQUESTER", "ECAB_MEMBER"));
		String key = changes().awaitingEcab("dual", "Emergency: block the abusive client");
		UUID task = this.jdbc.queryForObject(
				"select id from human_task where business_key = ? and kind = 'ECAB_APPROVAL'", UUID.class, key);
		assertThat(voteNotice("dual", key)).as("no links for the requester").doesNotContain("/approve/");
		String ecabToken = tokenIn(voteNotice("ecab", key));

		String dualToken = this.approvals.issue(task, "dual", Instant.now().plus(Duration.ofDays(1)));
		ApiSession browser = anonymous();
		assertThat(browser.get("/api/email-approvals/" + dualToken).json().path("problem").asText())
			.contains("you cannot approve it");
		Response own = browser.postWithoutCsrf("/api/email-approvals/" + dualToken, Map.of("decision", "approve"));
		assertThat(own.status()).as(own.toString()).isEqualTo(403);
		assertThat(own.json().path("detail").asText()).contains("you cannot approve it");
		assertThat(changeState(key)).isEqualTo("AWAITING_ECAB");

		Response ecab = browser.postWithoutCsrf("/api/email-approvals/" + ecabToken, Map.of("decision", "approve"));
		assertThat(ecab.status()).as(ecab.toString()).isEqualTo(200);
		Eventually.await(key + " approved", () -> changeState(key), "READY_FOR_RELEASE"::equals);
	}

	@Test
	void onlyTheLinkPathsSkipTheCsrfCheck() {
		ApiSession cab1 = signedIn("cab1");
		Response forged = cab1.postWithoutCsrf("/api/tasks/" + UUID.randomUUID() + "/complete",
				Map.of("decision", "approve"));
		assertThat(forged.status()).isEqualTo(403);
		assertThat(forged.json().path("detail").asText()).contains("CSRF");
	}

	/** The one vote-requested notice the user got: its body is the email's text. */
	private String voteNotice(String user, String key) {
		List<String> bodies = this.jdbc.queryForList(
				"select body from notification where username = ? and kind = 'VOTE_REQUESTED' and change_key = ?",
				String.class, user, key);
		assertThat(bodies).as("vote-requested notices of " + user).hasSize(1);
		return bodies.get(0);
	}

	private static String tokenIn(String body) {
		Matcher link = APPROVE_LINK.matcher(body);
		assertThat(link.find()).as("approve link in " + body).isTrue();
		return link.group(1);
	}

	/**
	 * The token with another task id in place of its own, the signature left as it was.
	 */
	private static String withTask(String token, UUID task) {
		byte[] signed = Base64.getUrlDecoder().decode(token);
		java.nio.ByteBuffer.wrap(signed, 17, 16)
			.putLong(task.getMostSignificantBits())
			.putLong(task.getLeastSignificantBits());
		return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
	}

	private String taskId(String key, String assignee) {
		return this.jdbc.queryForObject("select id::text from human_task where business_key = ? and assignee = ?",
				String.class, key, assignee);
	}

	private String taskState(String key, String assignee) {
		return this.jdbc.queryForObject("select state from human_task where business_key = ? and assignee = ?",
				String.class, key, assignee);
	}

	private int usedLinks(String key) {
		return this.jdbc
			.queryForObject("select count(*) from email_approval_link l join human_task t on t.id = l.task_id"
					+ " where t.business_key = ? and l.used_at is not null", Integer.class, key);
	}

	private String changeState(String key) {
		return this.jdbc.queryForObject("select state from change_request where change_key = ?", String.class, key);
	}

}
