package io.changeflow.whatchanged;

import io.changeflow.change.ChangeQueries;
import io.changeflow.change.ChangeView;
import io.changeflow.release.ReleaseQueries;
import io.changeflow.release.ReleaseView;
import io.changeflow.task.HumanTaskService;
import io.changeflow.task.TaskKind;
import io.changeflow.task.TaskView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the "what changed?" report together from what the change, release and task
 * features record: nothing of its own is stored.
 */
@Service
@Transactional(readOnly = true)
class WhatChangedReport {

	/** The decisions that approve a change: the manager's review, CAB votes, ECAB. */
	private static final Set<TaskKind> CHANGE_APPROVALS = Set.of(TaskKind.REVIEW_RFC, TaskKind.CAB_VOTE,
			TaskKind.ECAB_APPROVAL, TaskKind.DECIDE_ESCALATED);

	/** The decisions that let a release go out. */
	private static final Set<TaskKind> RELEASE_APPROVALS = Set.of(TaskKind.ACCEPT_RELEASE, TaskKind.REVIEW_ROLLOUT_PLAN,
			TaskKind.START_ROLLOUT, TaskKind.GO_NO_GO);

	private final ChangeQueries changes;

	private final ReleaseQueries releases;

	private final HumanTaskService tasks;

	WhatChangedReport(ChangeQueries changes, ReleaseQueries releases, HumanTaskService tasks) {
		this.changes = changes;
		this.releases = releases;
		this.tasks = tasks;
	}

	/**
	 * @param from the first day (UTC)
	 * @param to the last day (UTC), inclusive
	 */
	WhatChanged between(LocalDate from, LocalDate to) {
		Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		List<WhatChanged.ChangeEntry> changed = this.changes.implementedBetween(start, end)
			.stream()
			.map(this::entryOf)
			.toList();
		List<WhatChanged.ReleaseEntry> released = this.releases.endedBetween(start, end)
			.stream()
			.map(this::entryOf)
			.toList();
		return new WhatChanged(from, to, changed, released);
	}

	private WhatChanged.ChangeEntry entryOf(ChangeView change) {
		ChangeView.ReleaseRef last = change.releases()
			.stream()
			.filter((release) -> release.endedAt() != null)
			.reduce((first, second) -> second)
			.orElse(null);
		String outcome = "IMPLEMENTED";
		String detail = null;
		if (last != null && last.backout() != null) {
			outcome = "FAILED".equals(last.state()) ? "FAILED" : "BACKED_OUT";
			detail = last.key() + ": " + last.backout().summary();
		}
		return new WhatChanged.ChangeEntry(change.key(), change.title(),
				(change.changeClass() != null) ? change.changeClass().name() : null, change.requester(),
				change.implementedAt(), outcome, detail, change.state().name(), cisOf(change),
				approvals(change.key(), CHANGE_APPROVALS),
				change.releases().stream().map(ChangeView.ReleaseRef::key).toList());
	}

	private WhatChanged.ReleaseEntry entryOf(ReleaseView release) {
		Map<String, WhatChanged.Ci> cis = new LinkedHashMap<>();
		for (ReleaseView.ChangeRef ref : release.changes()) {
			cisOf(this.changes.get(ref.key())).forEach((ci) -> cis.putIfAbsent(ci.key(), ci));
		}
		return new WhatChanged.ReleaseEntry(release.key(), release.name(), release.endedAt(), release.state().name(),
				(release.backout() != null) ? release.backout().summary() : null,
				release.changes().stream().map(ReleaseView.ChangeRef::key).toList(), List.copyOf(cis.values()),
				approvals(release.key(), RELEASE_APPROVALS),
				release.waveProgress().stream().map((wave) -> wave.wave() + ": " + wave.outcome()).toList());
	}

	/** Its configuration items, named as the CMDB names them now. */
	private static List<WhatChanged.Ci> cisOf(ChangeView change) {
		Map<String, String> names = new LinkedHashMap<>();
		change.cis().forEach((ci) -> names.put(ci.key(), ci.name()));
		return change.affectedCis().stream().map((key) -> new WhatChanged.Ci(key, names.get(key))).toList();
	}

	/** The decisions people took on the tasks of these kinds, oldest first. */
	private List<WhatChanged.Approval> approvals(String businessKey, Set<TaskKind> kinds) {
		return this.tasks.ofChange(businessKey)
			.stream()
			.filter((task) -> kinds.contains(task.kind()) && task.completedBy() != null)
			.sorted(Comparator.comparing(TaskView::completedAt, Comparator.nullsLast(Comparator.naturalOrder())))
			.map((task) -> new WhatChanged.Approval(task.completedBy(), roleOf(task), task.kind().name(),
					task.outcome(), task.completedAt(), task.comment()))
			.toList();
	}

	private static String roleOf(TaskView task) {
		if (!task.approverRoles().isEmpty()) {
			return String.join(", ", task.approverRoles());
		}
		return task.candidateGroups().isEmpty() ? null : String.join(", ", task.candidateGroups());
	}

}
