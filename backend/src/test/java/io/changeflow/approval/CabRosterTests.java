package io.changeflow.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.approval.ApprovalPolicy.Approver;
import io.changeflow.approval.ApprovalPolicy.CabRoster;
import io.changeflow.approval.ApprovalPolicy.RequiredRole;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The roster reads as a sentence on the timeline, never as a record dump. */
class CabRosterTests {

	@Test
	void saysWhoVotesAndWhatEachRoleNeeds() {
		CabRoster roster = new CabRoster(
				List.of(new Approver("cab1", List.of("CAB")), new Approver("cab2", List.of("CAB")),
						new Approver("cab3", List.of("CAB", "group:payments"))),
				List.of(new RequiredRole("CAB", 2), new RequiredRole("group:payments", 1)), null, null);

		assertThat(roster.summary())
			.isEqualTo("cab1, cab2 and cab3 vote; CAB needs 2 approvals, payments needs 1 approval")
			.doesNotContain("RequiredRole[");
	}

	@Test
	void saysSoWhenNobodyCanVote() {
		assertThat(new CabRoster(List.of(), List.of(new RequiredRole("CAB", 1)), null, null).summary())
			.isEqualTo("Nobody can vote; CAB needs 1 approval");
	}

}
