package io.changeflow.approval;

import io.changeflow.approval.ApprovalPolicy.Approver;
import io.changeflow.approval.ApprovalPolicy.RequiredRole;
import java.time.Instant;
import java.util.List;

/**
 * The latest CAB vote of a change.
 *
 * @param changeKey the change
 * @param startedAt when the voters were resolved; votes before it belong to an older
 * round
 * @param requiredRoles the quorum per role
 * @param approvers who votes, for which roles
 * @param deadline when the change manager takes over
 */
public record CabRoundView(String changeKey, Instant startedAt, List<RequiredRole> requiredRoles,
		List<Approver> approvers, Instant deadline) {
}
