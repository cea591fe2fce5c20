package io.changeflow.schedule;

import io.changeflow.change.ChangeState;
import io.changeflow.change.ChangeView;
import io.changeflow.cmdb.CiView;
import io.changeflow.cmdb.CmdbService;
import io.changeflow.platform.ApiException;
import io.changeflow.schedule.CalendarReleases.PlannedRelease;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change calendar: the changes and releases planned in a period, the blackouts and
 * maintenance windows in it (weekly ones expanded), and each scheduled change's
 * conflicts.
 */
@Service
@Transactional(readOnly = true)
class CalendarService {

	static final Duration LONGEST = Duration.ofDays(400);

	/** Planned and not given up: what the calendar shows. */
	private static final Set<ChangeState> SHOWN = EnumSet
		.complementOf(EnumSet.of(ChangeState.DRAFT, ChangeState.REJECTED, ChangeState.WITHDRAWN));

	/** Changes still to happen: their conflicts matter. */
	private static final Set<ChangeState> CHECKED = EnumSet.complementOf(EnumSet.of(ChangeState.DRAFT,
			ChangeState.REJECTED, ChangeState.WITHDRAWN, ChangeState.IN_PIR, ChangeState.CLOSED));

	private final io.changeflow.change.ChangeQueries changes;

	private final ScheduleService schedule;

	private final CmdbService cmdb;

	private final BlackoutWindowRepository blackouts;

	private final MaintenanceWindowRepository maintenance;

	private final WindowAdmin windows;

	private final ObjectProvider<CalendarReleases> releases;

	CalendarService(io.changeflow.change.ChangeQueries changes, ScheduleService schedule, CmdbService cmdb,
			BlackoutWindowRepository blackouts, MaintenanceWindowRepository maintenance, WindowAdmin windows,
			ObjectProvider<CalendarReleases> releases) {
		this.changes = changes;
		this.schedule = schedule;
		this.cmdb = cmdb;
		this.blackouts = blackouts;
		this.maintenance = maintenance;
		this.windows = windows;
		this.releases = releases;
	}

	/**
	 * The calendar of a period.
	 * @throws ApiException 400 naming {@code to} for a period that ends before it starts
	 * or is longer than 400 days
	 */
	CalendarView calendar(OffsetDateTime from, OffsetDateTime to, CalendarFilter filter) {
		if (!to.isAfter(from)) {
			throw ApiException.invalid("to", "The end of the period must be after its start.");
		}
		if (Duration.between(from, to).compareTo(LONGEST) > 0) {
			throw ApiException.invalid("to", "Ask for at most 400 days at a time.");
		}
		Map<String, Set<String>> impacts = new HashMap<>();
		List<ChangeView> planned = this.changes.planned(SHOWN, from, to)
			.stream()
			.filter((change) -> matches(change, filter, impacts))
			.toList();
		Map<String, List<Conflict>> conflicts = this.schedule
			.conflictsOf(planned.stream().filter((change) -> CHECKED.contains(change.state())).toList(), impacts);
		List<CalendarEntry> entries = new ArrayList<>();
		planned.forEach((change) -> entries.add(changeEntry(change, conflicts.getOrDefault(change.key(), List.of()))));
		Set<String> shownKeys = new HashSet<>(planned.stream().map(ChangeView::key).toList());
		CalendarReleases source = this.releases.getIfAvailable();
		if (source != null) {
			source.between(from, to)
				.stream()
				.filter((release) -> !filter.filtersChanges()
						|| release.changeKeys().stream().anyMatch(shownKeys::contains))
				.forEach((release) -> entries.add(releaseEntry(release)));
		}
		Set<String> reach = windowReach(filter);
		Map<String, String> scopeNames = new HashMap<>();
		this.blackouts.findAllByOrderByStartsAt()
			.stream()
			.filter((window) -> window.overlaps(from, to) && applies(window.scope(), reach))
			.forEach((window) -> entries.add(blackoutEntry(window, scopeName(window.scope(), scopeNames))));
		this.maintenance.findAllByOrderByName()
			.stream()
			.filter((window) -> applies(window.scope(), reach))
			.forEach((window) -> {
				MaintenanceWindowView view = window.view(scopeName(window.scope(), scopeNames));
				window.occurrences(from, to).forEach((occurrence) -> entries.add(maintenanceEntry(view, occurrence)));
			});
		entries.sort(Comparator.comparing((CalendarEntry entry) -> entry.start().toInstant())
			.thenComparing(CalendarEntry::kind)
			.thenComparing(CalendarEntry::id));
		return new CalendarView(from, to, entries);
	}

	private boolean matches(ChangeView change, CalendarFilter filter, Map<String, Set<String>> impacts) {
		if (filter.ci() != null && !change.affectedCis().contains(filter.ci())) {
			return false;
		}
		if (filter.team() != null && !teamsOf(change).contains(filter.team())) {
			return false;
		}
		if (filter.person() != null && !filter.person().equals(change.requester())
				&& !filter.person().equals(change.implementer())
				&& teamsOf(change).stream().noneMatch(filter.personTeams()::contains)) {
			return false;
		}
		return filter.service() == null || this.schedule.impactOf(change, impacts).contains(filter.service());
	}

	/**
	 * The items whose windows a filtered calendar shows (those the filtered item
	 * reaches), or null for every window.
	 */
	private Set<String> windowReach(CalendarFilter filter) {
		String item = (filter.ci() != null) ? filter.ci() : filter.service();
		return (item != null) ? Set.copyOf(this.cmdb.impact(List.of(item)).keys()) : null;
	}

	private static boolean applies(String scope, Set<String> reach) {
		return reach == null || scope == null || reach.contains(scope);
	}

	private String scopeName(String scope, Map<String, String> cache) {
		if (scope == null) {
			return null;
		}
		return cache.computeIfAbsent(scope, (key) -> this.windows.scopeNames(Set.of(key)).get(key));
	}

	private static List<String> teamsOf(ChangeView change) {
		return change.cis().stream().map(CiView::ownerGroup).filter(Objects::nonNull).distinct().sorted().toList();
	}

	private static CalendarEntry changeEntry(ChangeView change, List<Conflict> conflicts) {
		return new CalendarEntry(CalendarEntryKind.CHANGE, change.key(), change.title(), change.plannedStart(),
				change.plannedEnd(), change.state().name(),
				(change.changeClass() != null) ? change.changeClass().name() : null, change.affectedCis(),
				teamsOf(change), List.of(), null, null, null, conflicts);
	}

	private CalendarEntry releaseEntry(PlannedRelease release) {
		List<String> cis = this.changes.affectedCisOf(release.changeKeys());
		List<String> teams = this.cmdb.find(cis)
			.stream()
			.map(CiView::ownerGroup)
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.toList();
		return new CalendarEntry(CalendarEntryKind.RELEASE, release.key(), release.name(), release.plannedStart(),
				release.plannedEnd(), release.state(), null, cis, teams, release.changeKeys(), null, null, null,
				List.of());
	}

	private static CalendarEntry blackoutEntry(BlackoutWindow window, String scopeName) {
		BlackoutWindow.BlackoutView view = window.view(scopeName);
		return new CalendarEntry(CalendarEntryKind.BLACKOUT, view.id().toString(), view.name(), view.startsAt(),
				view.endsAt(), null, null, List.of(), List.of(), List.of(), view.scope(), scopeName, view.reason(),
				List.of());
	}

	private static CalendarEntry maintenanceEntry(MaintenanceWindowView view, TimeWindow occurrence) {
		return new CalendarEntry(CalendarEntryKind.MAINTENANCE, view.id().toString(), view.name(), occurrence.start(),
				occurrence.end(), null, null, List.of(), List.of(), List.of(), view.scope(), view.scopeName(),
				view.summary(), List.of());
	}

}
