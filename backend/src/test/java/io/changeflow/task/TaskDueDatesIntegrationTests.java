package io.changeflow.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.changeflow.change.Rfcs;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ChangeFlows;
import io.changeflow.testing.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every task has a due date: the step's timer (the ECAB's hour) where the model has one,
 * else the service level of the change's priority.
 */
class TaskDueDatesIntegrationTests extends IntegrationTest {

	@Test
	void anEmergencyIsReviewedWithinFourHoursAndTheEcabHasItsHour() {
		ChangeFlows flows = changeFlows();
		ApiSession requester = signedIn("requester");
		Map<String, Object> rfc = Rfcs.valid("Hotfix the payment timeout");
		rfc.put("emergency", true);
		rfc.put("impact", 1);
		rfc.put("urgency", 1);
		String key = flows.submit(requester, rfc);

		flows.awaitState(requester, key, "IN_REVIEW");
		assertThat(waited(key, "REVIEW_RFC")).as("P1 service level")
			.isCloseTo(Duration.ofHours(4).toSeconds(), within(60L));
		flows.complete("manager", key, "REVIEW_RFC", Map.of("decision", "accept"));
		flows.awaitState(requester, key, "AWAITING_ECAB");
		assertThat(waited(key, "ECAB_APPROVAL")).as("the ECAB timeout")
			.isCloseTo(Duration.ofHours(1).toSeconds(), within(60L));
	}

	/** Seconds from the task's opening to its due date. */
	private long waited(String key, String kind) {
		var row = io.changeflow.testing.Eventually.await(kind + " of " + key, () -> this.jdbc.queryForList(
				"select created_at, due_at from human_task where business_key = ? and kind = ? and state = 'OPEN'", key,
				kind), (rows) -> !rows.isEmpty())
			.getFirst();
		assertThat(row.get("due_at")).as(kind + " has a due date").isNotNull();
		Instant created = ((Timestamp) row.get("created_at")).toInstant();
		Instant due = ((Timestamp) row.get("due_at")).toInstant();
		return ChronoUnit.SECONDS.between(created, due);
	}

}
