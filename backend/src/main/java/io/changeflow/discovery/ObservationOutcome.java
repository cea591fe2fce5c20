package io.changeflow.discovery;

import io.changeflow.cmdb.CiChangeCause;
import java.time.Instant;
import java.util.List;
import org.springframework.lang.Nullable;

/**
 * What became of one observation.
 *
 * @param index its position in the batch, from 0
 * @param ciKey the item
 * @param attribute the attribute
 * @param value the value seen
 * @param outcome unchanged, authorized or unauthorized
 * @param previousValue what the CMDB had before, when it changed
 * @param cause why the CMDB changed (CHANGE, RELEASE or UNAUTHORIZED), when it did
 * @param coveringKey the change or release that covers it, when authorized
 * @param unauthorizedChangeId the record created, when unauthorized
 */
record ObservationOutcome(int index, String ciKey, String attribute, String value, Outcome outcome,
		@Nullable String previousValue, @Nullable CiChangeCause cause, @Nullable String coveringKey,
		@Nullable Long unauthorizedChangeId) {

	enum Outcome {

		/** The CMDB already had the value. */
		UNCHANGED,
		/** Changed, and an approved change or release covers the item at that time. */
		AUTHORIZED,
		/** Changed, and nothing covers it: an unauthorized-change record was opened. */
		UNAUTHORIZED

	}

	/**
	 * The answer to a batch, the same each time it is sent.
	 *
	 * @param source the tool
	 * @param batchId its batch id
	 * @param receivedAt when the batch was first received
	 * @param unchanged how many observations changed nothing
	 * @param authorized how many changes an approved change or release covered
	 * @param unauthorized how many changes nothing covered
	 * @param observations each observation's outcome, in the order sent
	 */
	record BatchOutcome(String source, String batchId, Instant receivedAt, int unchanged, int authorized,
			int unauthorized, List<ObservationOutcome> observations) {

		static BatchOutcome of(String source, String batchId, Instant receivedAt, List<ObservationOutcome> outcomes) {
			return new BatchOutcome(source, batchId, receivedAt, count(outcomes, Outcome.UNCHANGED),
					count(outcomes, Outcome.AUTHORIZED), count(outcomes, Outcome.UNAUTHORIZED), List.copyOf(outcomes));
		}

		private static int count(List<ObservationOutcome> outcomes, Outcome outcome) {
			return (int) outcomes.stream().filter((o) -> o.outcome() == outcome).count();
		}

	}

}
