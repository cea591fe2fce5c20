package io.changeflow.cab;

import io.changeflow.approval.ApprovalPolicy;
import io.changeflow.approval.CabRoundView;
import io.changeflow.cab.CabAgenda.Item;
import io.changeflow.cab.CabAgenda.Quorum;
import io.changeflow.cab.CabAgenda.Tally;
import io.changeflow.cab.CabAgenda.Vote;
import io.changeflow.cab.CabAgenda.Window;
import io.changeflow.change.ChangeQueries;
import io.changeflow.change.ChangeState;
import io.changeflow.change.ChangeSummary;
import io.changeflow.task.HumanTaskService;
import io.changeflow.task.TaskKind;
import io.changeflow.task.TaskState;
import io.changeflow.task.TaskView;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Builds the CAB agenda from the changes awaiting the CAB, their latest CAB round and the
 * votes cast in it.
 */
@Service
class CabAgendaService {

	private final ChangeQueries changes;

	private final ApprovalPolicy approvals;

	private final HumanTaskService tasks;

	CabAgendaService(ChangeQueries changes, ApprovalPolicy approvals, HumanTaskService tasks) {
		this.changes = changes;
		this.approvals = approvals;
		this.tasks = tasks;
	}

	CabAgenda agenda() {
		List<ChangeSummary> awaiting = this.changes.inState(ChangeState.AWAITING_CAB);
		Map<String, CabRoundView> rounds = this.approvals.rounds(awaiting.stream().map(ChangeSummary::key).toList())
			.stream()
			.collect(Collectors.toMap(CabRoundView::changeKey, Function.identity()));
		// Weeks in UTC, Monday first; TreeMap keeps them in order.
		Map<LocalDate, List<Item>> byWeek = new TreeMap<>();
		List<Item> unscheduled = new ArrayList<>();
		for (ChangeSummary change : awaiting) {
			Item item = item(change, rounds.get(change.key()));
			if (change.plannedStart() == null) {
				unscheduled.add(item);
			}
			else {
				LocalDate monday = change.plannedStart()
					.atZoneSameInstant(ZoneOffset.UTC)
					.toLocalDate()
					.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				byWeek.computeIfAbsent(monday, (week) -> new ArrayList<>()).add(item);
			}
		}
		List<Window> windows = new ArrayList<>();
		byWeek.forEach((monday, items) -> windows
			.add(new Window("Week of " + monday, monday, monday.plusWeeks(1), sortedByStart(items))));
		if (!unscheduled.isEmpty()) {
			windows.add(new Window("Unscheduled", null, null, unscheduled));
		}
		return new CabAgenda(windows);
	}

	private Item item(ChangeSummary change, CabRoundView round) {
		List<Vote> votes = this.tasks.ofChange(change.key())
			.stream()
			.filter((task) -> task.kind() == TaskKind.CAB_VOTE)
			.filter((task) -> round == null || !task.createdAt().isBefore(round.startedAt()))
			.filter((task) -> task.state() != TaskState.CANCELED)
			.map(CabAgendaService::vote)
			.toList();
		List<Quorum> quorum = CabAgenda.quorum(round, votes);
		Tally tally = new Tally(count(votes, "approve"), count(votes, "reject"), count(votes, "abstain"),
				(int) votes.stream().filter((vote) -> vote.decision() == null).count());
		return new Item(change.key(), change.title(), change.priority(),
				(change.risk() != null) ? change.risk().name() : null, change.plannedStart(), change.plannedEnd(),
				change.requester(), (round != null) ? round.deadline() : null, tally, quorum,
				!quorum.isEmpty() && quorum.stream().allMatch(Quorum::reached), tally.reject() > 0, votes);
	}

	private static Vote vote(TaskView task) {
		boolean cast = task.state() == TaskState.COMPLETED;
		return new Vote(cast ? task.completedBy() : task.assignee(), task.approverRoles(), cast ? task.outcome() : null,
				task.comment(), task.completedAt());
	}

	private static int count(List<Vote> votes, String decision) {
		return (int) votes.stream().filter((vote) -> decision.equals(vote.decision())).count();
	}

	private static List<Item> sortedByStart(List<Item> items) {
		return items.stream().sorted(Comparator.comparing(Item::plannedStart).thenComparing(Item::key)).toList();
	}

}
