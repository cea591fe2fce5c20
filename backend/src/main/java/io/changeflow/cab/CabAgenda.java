package io.changeflow.cab;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.lang.Nullable;

import io.changeflow.approval.ApprovalPolicy.RequiredRole;
import io.changeflow.approval.CabRoundView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the CAB has to decide, window by window.
 *
 * @param windows the planned windows, earliest first, unscheduled last
 */
record CabAgenda(List<Window> windows) {

	/**
	 * Changes whose planned start falls in one week.
	 *
	 * @param label e.g. "Week of 2026-11-23", or "Unscheduled"
	 * @param start the Monday of the week, or null
	 * @param end the Monday after, or null
	 * @param changes the changes, earliest planned start first
	 */
	@Schema(name = "AgendaWindow")
	record Window(String label, @Nullable LocalDate start, @Nullable LocalDate end, List<Item> changes) {
	}

	/**
	 * One change on the agenda.
	 *
	 * @param key the change key
	 * @param title its title
	 * @param priority P1..P5
	 * @param risk the risk
	 * @param plannedStart the planned window start
	 * @param plannedEnd the planned window end
	 * @param requester who asked for it
	 * @param cabDeadline when the change manager takes over, if the vote started
	 * @param tally the votes so far
	 * @param quorum the status of each role that must reach its quorum
	 * @param quorumReached whether every role reached its quorum
	 * @param vetoed whether someone voted to reject (a veto ends the vote)
	 * @param votes who voted what
	 */
	@Schema(name = "AgendaItem")
	record Item(String key, String title, @Nullable String priority, @Nullable String risk,
			@Nullable OffsetDateTime plannedStart, @Nullable OffsetDateTime plannedEnd, @Nullable String requester,
			@Nullable Instant cabDeadline, Tally tally, List<Quorum> quorum, boolean quorumReached, boolean vetoed,
			List<Vote> votes) {
	}

	/**
	 * Votes by decision.
	 *
	 * @param approve approvals
	 * @param reject rejections
	 * @param abstain abstentions
	 * @param pending votes not cast yet
	 */
	record Tally(int approve, int reject, int abstain, int pending) {
	}

	/**
	 * A role's quorum.
	 *
	 * @param role CAB or group:&lt;team&gt;
	 * @param needed approvals needed
	 * @param approvals approvals so far
	 * @param reached whether it is reached
	 */
	record Quorum(String role, int needed, int approvals, boolean reached) {

		static Quorum of(RequiredRole role, List<Vote> votes) {
			int approvals = (int) votes.stream()
				.filter((vote) -> "approve".equals(vote.decision()) && vote.roles().contains(role.role()))
				.count();
			return new Quorum(role.role(), role.quorum(), approvals, approvals >= role.quorum());
		}

	}

	/**
	 * One vote.
	 *
	 * @param approver who votes
	 * @param roles the roles the vote counts for
	 * @param decision approve, reject or abstain; null while open
	 * @param comment the comment
	 * @param at when it was cast
	 */
	@Schema(name = "AgendaVote")
	record Vote(String approver, List<String> roles, @Nullable String decision, @Nullable String comment,
			@Nullable Instant at) {
	}

	/** Quorum per role of a round; a change without a round yet needs nothing known. */
	static List<Quorum> quorum(CabRoundView round, List<Vote> votes) {
		return (round == null) ? List.of() : round.requiredRoles().stream().map((r) -> Quorum.of(r, votes)).toList();
	}

}
