package io.changeflow.approval;

import io.changeflow.security.Role;
import io.changeflow.security.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the CAB policy (roles and quorums from DMN {@code cab_policy}) into people: every
 * member of each role who may vote under segregation of duties, one vote each however
 * many roles they stand for, and the quorum per role. Sets the reminder and the
 * escalation deadline in working days.
 */
@Service
public class ApprovalPolicy {

	private final UserDirectory users;

	private final SegregationOfDuties duties;

	private final Clock clock;

	private final String cabQuorum;

	private final int cabDeadlineDays;

	private final CabRoundRepository rounds;

	ApprovalPolicy(UserDirectory users, SegregationOfDuties duties, CabRoundRepository rounds,
			@Value("${changeflow.cab.quorum:majority}") String cabQuorum,
			@Value("${changeflow.cab.deadline-working-days:2}") int cabDeadlineDays) {
		this.users = users;
		this.duties = duties;
		this.rounds = rounds;
		this.clock = Clock.systemUTC();
		this.cabQuorum = cabQuorum;
		this.cabDeadlineDays = cabDeadlineDays;
	}

	/**
	 * Who votes on a normal change.
	 * @param changeKey the change
	 * @param requester its requester (never votes)
	 * @param implementer its implementer (never votes; may be null)
	 * @param policy the roles and quorums from the CAB policy; quorum 0 means the
	 * configured CAB quorum (majority by default)
	 * @param ownerGroups the teams owning the touched CIs, for the {@code owners} role
	 * @return approvers, required roles and deadlines as process variables
	 */
	public CabRoster roster(String changeKey, String requester, String implementer, List<PolicyRole> policy,
			List<String> ownerGroups) {
		Map<String, Set<String>> rolesOfUser = new LinkedHashMap<>();
		List<RequiredRole> required = new ArrayList<>();
		for (PolicyRole role : expandOwners(policy, ownerGroups)) {
			List<String> members = membersOf(role.role()).stream()
				.filter((user) -> this.duties.refusal(Duty.APPROVE, user, changeKey, requester, implementer).isEmpty())
				.toList();
			if (members.isEmpty() || required.stream().anyMatch((r) -> r.role().equals(role.role()))) {
				continue;
			}
			members.forEach((user) -> rolesOfUser.computeIfAbsent(user, (u) -> new LinkedHashSet<>()).add(role.role()));
			required.add(new RequiredRole(role.role(), quorum(role, members.size())));
		}
		if (required.isEmpty()) {
			// Nobody may vote: the empty vote ends without quorum and the change manager
			// decides.
			required.add(new RequiredRole("CAB", 1));
		}
		List<Approver> approvers = rolesOfUser.entrySet()
			.stream()
			.map((entry) -> new Approver(entry.getKey(), List.copyOf(entry.getValue())))
			.toList();
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		ZonedDateTime deadline = WorkingDays.after(now, this.cabDeadlineDays, ZoneOffset.UTC);
		ZonedDateTime reminder = now.plus(Duration.between(now, deadline).dividedBy(2));
		CabRoster roster = new CabRoster(approvers, required, reminder.toInstant().toString(),
				deadline.toInstant().toString());
		this.rounds.save(new CabRound(changeKey, now.toInstant(), roster));
		return roster;
	}

	/**
	 * The latest CAB vote of each of the changes that had one.
	 * @param changeKeys the changes
	 * @return their rounds, in no particular order
	 */
	@Transactional(readOnly = true)
	public List<CabRoundView> rounds(Collection<String> changeKeys) {
		return this.rounds.findByChangeKeyIn(changeKeys).stream().map(CabRound::view).toList();
	}

	private List<PolicyRole> expandOwners(List<PolicyRole> policy, List<String> ownerGroups) {
		List<PolicyRole> roles = new ArrayList<>();
		for (PolicyRole role : policy) {
			if (role.role().equals("owners")) {
				ownerGroups.stream()
					.distinct()
					.forEach((group) -> roles.add(new PolicyRole("group:" + group, role.quorum())));
			}
			else {
				roles.add(role);
			}
		}
		return roles;
	}

	private List<String> membersOf(String role) {
		if (role.startsWith("group:")) {
			return this.users.inGroup(role.substring("group:".length()));
		}
		return this.users.withRole(Role.CAB_MEMBER);
	}

	private int quorum(PolicyRole role, int members) {
		int wanted = role.quorum();
		if (wanted == 0) {
			wanted = switch (this.cabQuorum) {
				case "majority" -> members / 2 + 1;
				case "all" -> members;
				default -> Integer.parseInt(this.cabQuorum);
			};
		}
		return Math.max(1, Math.min(wanted, members));
	}

	/**
	 * A role the CAB policy asks for.
	 *
	 * @param role CAB, group:&lt;name&gt; or owners
	 * @param quorum approvals needed; 0 means the configured CAB quorum
	 */
	public record PolicyRole(String role, int quorum) {
	}

	/**
	 * One person who votes, and the roles their vote counts for.
	 *
	 * @param user the username
	 * @param roles the roles
	 */
	public record Approver(String user, List<String> roles) {
	}

	/**
	 * A role that must reach its quorum.
	 *
	 * @param role the role
	 * @param quorum approvals needed
	 */
	public record RequiredRole(String role, int quorum) {
	}

	/**
	 * Everything the CAB vote needs.
	 *
	 * @param approvers the voters
	 * @param requiredRoles quorum per role
	 * @param cabReminderAt when to remind those who have not voted
	 * @param cabDeadline when the change manager takes over
	 */
	public record CabRoster(List<Approver> approvers, List<RequiredRole> requiredRoles, String cabReminderAt,
			String cabDeadline) {

		public boolean canVote(String user) {
			return this.approvers.stream().anyMatch((approver) -> Objects.equals(approver.user(), user));
		}

		/**
		 * The roster as the timeline says it: "cab1, cab2 and cab3 vote; CAB needs 2
		 * approvals".
		 * @return one sentence, no record syntax
		 */
		public String summary() {
			List<String> voters = this.approvers.stream().map(Approver::user).toList();
			String who = voters.isEmpty() ? "Nobody can vote"
					: listed(voters) + ((voters.size() == 1) ? " votes" : " vote");
			List<String> needs = this.requiredRoles.stream()
				.map((required) -> "%s needs %d approval%s".formatted(required.role().replaceFirst("^group:", ""),
						required.quorum(), (required.quorum() == 1) ? "" : "s"))
				.toList();
			return needs.isEmpty() ? who : who + "; " + String.join(", ", needs);
		}

		private static String listed(List<String> names) {
			if (names.size() == 1) {
				return names.get(0);
			}
			return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
		}

	}

}
