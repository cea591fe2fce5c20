package io.changeflow.emailapproval;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.Eventually;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Brings changes over REST to where approvers vote: a normal change touching checkout-api
 * (CI-00003, high risk in the demo CMDB: three CAB members vote), or an emergency one
 * waiting for the ECAB.
 */
final class ChangesToVoteOn {

	private final JdbcTemplate jdbc;

	private final Function<String, ApiSession> signedIn;

	ChangesToVoteOn(JdbcTemplate jdbc, Function<String, ApiSession> signedIn) {
		this.jdbc = jdbc;
		this.signedIn = signedIn;
	}

	/** A normal change of the requester with its three CAB votes open. */
	String awaitingCab(String title) {
		String key = submitted("requester", title, false);
		Eventually.await("three CAB votes open", () -> open(key, "CAB_VOTE"), (open) -> open.size() == 3);
		return key;
	}

	/** An emergency change of the user with its ECAB approval open. */
	String awaitingEcab(String requester, String title) {
		String key = submitted(requester, title, true);
		Eventually.await("ECAB approval open", () -> open(key, "ECAB_APPROVAL"), (open) -> open.size() == 1);
		return key;
	}

	/** A second person holding two roles, with the demo password. */
	void createUser(String username, List<String> roles) {
		UUID id = UUID.randomUUID();
		this.jdbc.update(
				"insert into app_user (id, username, display_name, password_hash, created_at)"
						+ " select ?, ?, 'Dual Role', password_hash, now() from app_user where username = 'requester'",
				id, username);
		roles.forEach((role) -> this.jdbc.update("insert into app_user_role (user_id, role) values (?, ?)", id, role));
	}

	private String submitted(String requester, String title, boolean emergency) {
		ApiSession session = this.signedIn.apply(requester);
		Response created = session.post("/api/changes", rfc(title, emergency));
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String key = created.json().path("key").asText();
		assertThat(session.post("/api/changes/" + key + "/submit", Map.of()).status()).isEqualTo(200);
		String review = Eventually.await("review of " + key, () -> open(key, "REVIEW_RFC"), (open) -> open.size() == 1)
			.get(0);
		Response accepted = this.signedIn.apply("manager")
			.post("/api/tasks/" + review + "/complete", Map.of("decision", "accept"));
		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
		return key;
	}

	private List<String> open(String key, String kind) {
		return this.jdbc.queryForList(
				"select id::text from human_task where business_key = ? and kind = ? and state = 'OPEN'", String.class,
				key, kind);
	}

	private static Map<String, Object> rfc(String title, boolean emergency) {
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(25).truncatedTo(ChronoUnit.HOURS);
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("description", "Upgrade the checkout API to 2.9.0, which fixes the rounding of discounts.");
		body.put("justification", "Customers see wrong totals for 3-for-2 offers.");
		body.put("category", "APPLICATION");
		body.put("affectedCis", List.of("CI-00003"));
		body.put("impact", emergency ? 1 : 2);
		body.put("urgency", emergency ? 1 : 2);
		body.put("implementationPlan", "Blue/green deployment of 2.9.0 behind edge-lb.");
		body.put("testPlan", "Smoke tests; place a test order with a 3-for-2 offer.");
		body.put("backoutPlan", "Switch edge-lb back to the green pool running 2.8.3.");
		body.put("plannedStart", start.toString());
		body.put("plannedEnd", start.plusHours(2).toString());
		body.put("timeZone", "UTC");
		body.put("emergency", emergency);
		return body;
	}

}
