package io.changeflow.schedule;

import io.changeflow.change.ChangeQueries;
import io.changeflow.change.ChangeState;
import io.changeflow.change.ChangeView;
import io.changeflow.cmdb.CmdbService;
import io.changeflow.cmdb.ImpactView;
import io.changeflow.platform.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a change can happen in its window, and when it could instead: no other approved
 * change on the same or a dependent item at the same time, no blackout that reaches it,
 * and inside the maintenance windows of what it reaches. Windows scoped to an item apply
 * to every change whose impact reaches that item.
 */
@Service
@Transactional(readOnly = true)
public class ScheduleService {

	private final ChangeQueries changes;

	private final CmdbService cmdb;

	private final BlackoutWindowRepository blackouts;

	private final MaintenanceWindowRepository maintenance;

	private final Clock clock = Clock.systemUTC();

	ScheduleService(ChangeQueries changes, CmdbService cmdb, BlackoutWindowRepository blackouts,
			MaintenanceWindowRepository maintenance) {
		this.changes = changes;
		this.cmdb = cmdb;
		this.blackouts = blackouts;
		this.maintenance = maintenance;
	}

	/**
	 * What stands in the way of a change's planned window, as short labels: the other
	 * changes' keys, "Blackout: name", "Outside maintenance window: name".
	 * @param changeKey the change
	 * @return the labels, empty when the window is free
	 */
	public List<String> conflicts(String changeKey) {
		return check(changeKey, false).conflicts().stream().map(Conflict::label).distinct().toList();
	}

	/**
	 * Every conflict of a change's planned window, and the next free window.
	 * @param changeKey the change
	 * @return the check; no conflicts and no proposal for a change without a window
	 * @throws ApiException 404 for an unknown change
	 */
	public ScheduleCheck check(String changeKey) {
		return check(changeKey, true);
	}

	/**
	 * Every conflict of a change's planned window.
	 * @param changeKey the change
	 * @param propose whether to search for the next free window as well
	 */
	ScheduleCheck check(String changeKey, boolean propose) {
		ChangeView change = this.changes.get(changeKey);
		if (change.plannedStart() == null || change.plannedEnd() == null) {
			return new ScheduleCheck(List.of(), null);
		}
		return check(change.affectedCis(), change.plannedStart(), change.plannedEnd(), changeKey, propose,
				new HashMap<>());
	}

	/**
	 * Every conflict of a window not saved yet (the RFC form asks while a person plans).
	 * @param cis the items it would touch
	 * @param start its start
	 * @param end its end
	 * @param changeKey the change being edited, left out of the comparison, or null
	 * @return the check
	 * @throws ApiException 400 for an unknown item or an end not after the start
	 */
	public ScheduleCheck check(Collection<String> cis, OffsetDateTime start, OffsetDateTime end, String changeKey) {
		if (!end.isAfter(start)) {
			throw ApiException.invalid("end", "The end must be after the start.");
		}
		List<String> unknown = this.cmdb.unknownKeys(cis);
		if (!unknown.isEmpty()) {
			throw ApiException.invalid("ci", "There is no configuration item " + String.join(", ", unknown) + ".");
		}
		return check(List.copyOf(cis), start, end, changeKey, true, new HashMap<>());
	}

	/**
	 * The blackouts that reach a set of items in a window (global ones, and those scoped
	 * to anything the items reach), as conflicts.
	 * @param cis the items
	 * @param start the window's start
	 * @param end its end
	 * @return the blackout conflicts, empty when none overlaps
	 */
	public List<Conflict> blackouts(Collection<String> cis, OffsetDateTime start, OffsetDateTime end) {
		ScheduleBoard board = new ScheduleBoard(cis, this.cmdb.impact(cis), List.of(), (other) -> Set.of(),
				this.blackouts.findAllByOrderByStartsAt(), List.of(), start, end);
		return board.conflicts(start, end);
	}

	/**
	 * The conflicts of each of several changes in its own planned window, sharing the
	 * impact analyses between them (the calendar marks every scheduled change).
	 * @param planned the changes, with their windows
	 * @param impacts impact keys by change key, filled as they are computed
	 * @return conflicts by change key
	 */
	Map<String, List<Conflict>> conflictsOf(List<ChangeView> planned, Map<String, Set<String>> impacts) {
		Map<String, List<Conflict>> found = new HashMap<>();
		for (ChangeView change : planned) {
			if (change.plannedStart() != null && change.plannedEnd() != null) {
				found.put(change.key(), check(change.affectedCis(), change.plannedStart(), change.plannedEnd(),
						change.key(), false, impacts)
					.conflicts());
			}
		}
		return found;
	}

	/** The keys a change's items reach, computed once per request. */
	Set<String> impactOf(ChangeView change, Map<String, Set<String>> impacts) {
		return impacts.computeIfAbsent(change.key(),
				(key) -> ScheduleBoard.keys(this.cmdb.impact(change.affectedCis())));
	}

	private ScheduleCheck check(List<String> cis, OffsetDateTime start, OffsetDateTime end, String changeKey,
			boolean propose, Map<String, Set<String>> impacts) {
		OffsetDateTime earliest = start;
		OffsetDateTime now = OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
		if (earliest.isBefore(now)) {
			earliest = now;
		}
		Duration length = Duration.between(start, end);
		OffsetDateTime from = start.isBefore(earliest) ? start : earliest;
		OffsetDateTime to = propose ? earliest.plus(ScheduleBoard.SEARCH).plus(length) : end;
		ImpactView impact = this.cmdb.impact(cis);
		List<ChangeView> others = this.changes.planned(ChangeState.SCHEDULED, from, to)
			.stream()
			.filter((other) -> !other.key().equals(changeKey))
			.toList();
		ScheduleBoard board = new ScheduleBoard(cis, impact, others, (other) -> impactOf(other, impacts),
				this.blackouts.findAllByOrderByStartsAt(), this.maintenance.findAll(), from, to);
		List<Conflict> conflicts = board.conflicts(start, end);
		TimeWindow next = propose ? board.nextFree(earliest.withOffsetSameInstant(start.getOffset()), length) : null;
		return new ScheduleCheck(conflicts, next);
	}

}
