package io.changeflow.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.ChangeFlows;
import io.changeflow.testing.Eventually;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gets changes through approval to the scheduling step, as people would: the change
 * manager accepts the review and every CAB member approves. (A change that reaches a
 * critical business service is never standard.)
 */
final class ScheduledChanges {

	private final Function<String, ApiSession> signedIn;

	private final JdbcTemplate jdbc;

	private final ChangeFlows flows;

	ScheduledChanges(Function<String, ApiSession> signedIn, JdbcTemplate jdbc, ChangeFlows flows) {
		this.signedIn = signedIn;
		this.jdbc = jdbc;
		this.flows = flows;
	}

	/** Files and submits the RFC as requester and gets it approved; returns its key. */
	String approved(Map<String, Object> rfc) {
		String key = this.flows.submit(this.signedIn.apply("requester"), rfc);
		this.flows.complete("manager", key, "REVIEW_RFC", Map.of("decision", "accept"));
		List<Map<String, Object>> votes = Eventually.await("CAB votes on " + key,
				() -> this.jdbc.queryForList(
						"select id::text as id, assignee from human_task where business_key = ? and kind = 'CAB_VOTE'"
								+ " and state = 'OPEN' order by assignee",
						key),
				(open) -> open.size() >= 3);
		for (Map<String, Object> vote : votes) {
			Response response = this.signedIn.apply((String) vote.get("assignee"))
				.post("/api/tasks/" + vote.get("id") + "/complete", Map.of("decision", "approve"));
			assertThat(response.status()).as(vote + ": " + response).isEqualTo(200);
		}
		return key;
	}

}
