package io.changeflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class NotificationIntegrationTests extends IntegrationTest {

	@Autowired
	private NotificationService notifications;

	@Autowired
	private TransactionTemplate transactions;

	@Test
	void eachUserSeesOnlyTheirOwnNotificationsNewestFirst() {
		this.notifications.notifyUsers(List.of("cab1", "cab2"), notice("CAB vote: CHG-000042"));
		this.notifications.notifyUsers(List.of("cab1"), notice("Decision: CHG-000007 approved"));

		JsonNode cab1 = signedIn("cab1").get("/api/notifications").json();
		JsonNode cab2 = signedIn("cab2").get("/api/notifications").json();
		JsonNode requester = signedIn("requester").get("/api/notifications").json();

		assertThat(cab1.path("items").findValuesAsText("subject")).containsExactly("Decision: CHG-000007 approved",
				"CAB vote: CHG-000042");
		assertThat(cab2.path("items").findValuesAsText("subject")).containsExactly("CAB vote: CHG-000042");
		assertThat(requester.path("items")).isEmpty();
		JsonNode first = cab2.path("items").get(0);
		assertThat(first.path("kind").asText()).isEqualTo("VOTE_REQUESTED");
		assertThat(first.path("body").asText()).isEqualTo("Your vote is needed.");
		assertThat(first.path("link").asText()).isEqualTo("/changes/CHG-000042");
		assertThat(first.path("changeKey").asText()).isEqualTo("CHG-000042");
		assertThat(first.path("read").asBoolean()).isFalse();
		assertThat(first.path("createdAt").asText()).isNotBlank();
		assertThat(first.path("id").isIntegralNumber()).isTrue();
	}

	@Test
	void keysetPagesWalkEveryNotificationOnceNewestFirst() {
		for (int i = 1; i <= 5; i++) {
			this.notifications.notifyUsers(List.of("manager"), notice("Notice " + i));
		}
		ApiSession manager = signedIn("manager");
		List<String> subjects = new ArrayList<>();
		String after = null;
		int pages = 0;
		do {
			JsonNode page = manager.get("/api/notifications?limit=2" + ((after != null) ? "&after=" + after : ""))
				.json();
			page.path("items").forEach((item) -> subjects.add(item.path("subject").asText()));
			after = page.hasNonNull("next") ? page.path("next").asText() : null;
			pages++;
		}
		while (after != null);

		assertThat(subjects).containsExactly("Notice 5", "Notice 4", "Notice 3", "Notice 2", "Notice 1");
		assertThat(pages).isEqualTo(3);
	}

	@Test
	void markingReadLowersTheUnreadCount() {
		this.notifications.notifyUsers(List.of("cab3"), notice("One"));
		this.notifications.notifyUsers(List.of("cab3"), notice("Two"));
		this.notifications.notifyUsers(List.of("cab3"), notice("Three"));
		ApiSession cab3 = signedIn("cab3");
		assertThat(unreadCount(cab3)).isEqualTo(3);
		long two = idOf(cab3, "Two");

		assertThat(cab3.post("/api/notifications/" + two + "/read", Map.of()).status()).isEqualTo(204);
		assertThat(cab3.post("/api/notifications/" + two + "/read", Map.of()).status()).as("again").isEqualTo(204);

		assertThat(unreadCount(cab3)).isEqualTo(2);
		assertThat(cab3.get("/api/notifications?unread=true").json().path("items").findValuesAsText("subject"))
			.containsExactly("Three", "One");

		assertThat(cab3.post("/api/notifications/read-all", Map.of()).status()).isEqualTo(204);

		assertThat(unreadCount(cab3)).isZero();
		assertThat(cab3.get("/api/notifications?unread=true").json().path("items")).isEmpty();
		assertThat(cab3.get("/api/notifications").json().path("items").findValuesAsText("read")).containsOnly("true")
			.hasSize(3);
	}

	@Test
	void someoneElsesNotificationIsNotFound() {
		this.notifications.notifyUsers(List.of("cab1"), notice("For cab1 only"));
		ApiSession cab1 = signedIn("cab1");
		long id = idOf(cab1, "For cab1 only");
		ApiSession cab2 = signedIn("cab2");

		Response answer = cab2.post("/api/notifications/" + id + "/read", Map.of());
		cab2.post("/api/notifications/read-all", Map.of());

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(unreadCount(cab1)).as("cab1's stays unread").isEqualTo(1);
		assertThat(cab2.post("/api/notifications/999999/read", Map.of()).status()).isEqualTo(404);
	}

	@Test
	void theSameDedupKeyReachesAPersonOnce() {
		Notice vote = notice("CAB vote: CHG-000042").withDedupKey("CHG-000042:cab_vote");

		this.notifications.notifyUsers(List.of("cab1"), vote);
		this.notifications.notifyUsers(List.of("cab1", "cab2"), vote);
		this.notifications.notifyUsers(List.of("cab1"), vote.withDedupKey("CHG-000042:cab_vote:reminder"));
		this.notifications.notifyUsers(List.of("cab1"), notice("CAB vote: CHG-000042"));

		assertThat(count("cab1", "CHG-000042:cab_vote")).isEqualTo(1);
		assertThat(count("cab2", "CHG-000042:cab_vote")).isEqualTo(1);
		assertThat(unreadCount(signedIn("cab1"))).as("one deduplicated, one reminder, one without key").isEqualTo(3);
	}

	@Test
	void aRolledBackCallerLeavesNoNotification() {
		this.transactions.executeWithoutResult((tx) -> {
			this.notifications.notifyUsers(List.of("ecab"), notice("Never mind"));
			tx.setRollbackOnly();
		});

		assertThat(unreadCount(signedIn("ecab"))).isZero();
	}

	@Test
	void blankAndRepeatedUsernamesAreIgnored() {
		this.notifications.notifyUsers(List.of("releng", " releng ", "", "releng"), notice("Once"));

		assertThat(unreadCount(signedIn("releng"))).isEqualTo(1);
	}

	@Test
	void notificationsNeedASession() {
		ApiSession anonymous = anonymous();
		anonymous.get("/api/auth/csrf");

		assertThat(anonymous.get("/api/notifications").status()).isEqualTo(401);
		assertThat(anonymous.get("/api/notifications/unread-count").status()).isEqualTo(401);
		assertThat(anonymous.post("/api/notifications/1/read", Map.of()).status()).isEqualTo(401);
		assertThat(anonymous.post("/api/notifications/read-all", Map.of()).status()).isEqualTo(401);
	}

	@Test
	void invalidPagingIsABadRequest() {
		ApiSession auditor = signedIn("auditor");

		assertThat(auditor.get("/api/notifications?limit=0").status()).isEqualTo(400);
		assertThat(auditor.get("/api/notifications?limit=201").status()).isEqualTo(400);
		assertThat(auditor.get("/api/notifications?after=abc").status()).isEqualTo(400);
	}

	static Notice notice(String subject) {
		return new Notice("VOTE_REQUESTED", subject, "Your vote is needed.", "/changes/CHG-000042", "CHG-000042");
	}

	private static long unreadCount(ApiSession session) {
		Response answer = session.get("/api/notifications/unread-count");
		assertThat(answer.status()).isEqualTo(200);
		return answer.json().path("count").asLong();
	}

	private static long idOf(ApiSession session, String subject) {
		for (JsonNode item : session.get("/api/notifications").json().path("items")) {
			if (item.path("subject").asText().equals(subject)) {
				return item.path("id").asLong();
			}
		}
		throw new AssertionError("No notification '" + subject + "'");
	}

	private int count(String username, String dedupKey) {
		return this.jdbc.queryForObject("select count(*) from notification where username = ? and dedup_key = ?",
				Integer.class, username, dedupKey);
	}

}
