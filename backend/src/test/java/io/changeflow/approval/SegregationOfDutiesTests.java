package io.changeflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegregationOfDutiesTests {

	private final SegregationOfDuties duties = new SegregationOfDuties();

	@Test
	void theRequesterNeitherReviewsNorApproves() {
		assertThat(this.duties.refusal(Duty.REVIEW, "riley", "CHG-1", "riley", "robin"))
			.contains("You requested CHG-1: you cannot review it");
		assertThat(this.duties.refusal(Duty.APPROVE, "riley", "CHG-1", "riley", null))
			.contains("You requested CHG-1: you cannot approve it");
	}

	@Test
	void theImplementerDoesNotVoteButMayReview() {
		assertThat(this.duties.refusal(Duty.APPROVE, "robin", "CHG-1", "riley", "robin"))
			.contains("You implement CHG-1: you cannot vote on it");
		assertThat(this.duties.refusal(Duty.REVIEW, "robin", "CHG-1", "riley", "robin")).isEmpty();
	}

	@Test
	void everyoneElseMay() {
		assertThat(this.duties.refusal(Duty.APPROVE, "casey", "CHG-1", "riley", "robin")).isEmpty();
		assertThat(this.duties.refusal(Duty.OTHER, "riley", "CHG-1", "riley", "riley")).isEmpty();
	}

}
