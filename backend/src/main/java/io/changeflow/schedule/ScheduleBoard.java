package io.changeflow.schedule;

import io.changeflow.change.ChangeView;
import io.changeflow.cmdb.ImpactView;
import io.changeflow.cmdb.ImpactView.ImpactedCi;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Everything that may stand in the way of one set of items over a period, loaded once so
 * that many candidate windows can be checked in memory: the other scheduled changes, the
 * blackouts and the maintenance windows that apply to the items (global ones, and those
 * scoped to anything in the items' impact).
 */
final class ScheduleBoard {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'",
			java.util.Locale.ENGLISH);

	private static final Duration STEP = Duration.ofMinutes(30);

	static final Duration SEARCH = Duration.ofDays(90);

	private final List<String> cis;

	private final Set<String> impact;

	private final Map<String, String> names;

	/** For each item reached: the item of ours it is reached from. */
	private final Map<String, String> reachedFrom;

	private final List<ChangeView> others;

	private final Function<ChangeView, Set<String>> impactOf;

	private final List<BlackoutWindow> blackouts;

	/**
	 * Per scope (null = global): the window names, and their occurrences over the period.
	 */
	private final Map<String, List<MaintenanceWindow>> maintenance;

	private final Map<String, List<TimeWindow>> occurrences = new LinkedHashMap<>();

	/**
	 * @param cis the items the change touches
	 * @param impact what those items reach (starts included)
	 * @param others the other scheduled changes over the period (the change itself left
	 * out)
	 * @param impactOf the keys another change's items reach
	 * @param blackouts every blackout window
	 * @param maintenance every maintenance window
	 * @param from the period's start
	 * @param to its end
	 */
	ScheduleBoard(Collection<String> cis, ImpactView impact, List<ChangeView> others,
			Function<ChangeView, Set<String>> impactOf, List<BlackoutWindow> blackouts,
			List<MaintenanceWindow> maintenance, OffsetDateTime from, OffsetDateTime to) {
		this.cis = List.copyOf(cis);
		this.impact = Set.copyOf(impact.keys());
		this.names = new LinkedHashMap<>();
		this.reachedFrom = new LinkedHashMap<>();
		impact.impacted().forEach((ci) -> {
			this.names.put(ci.key(), ci.name());
			this.reachedFrom.put(ci.key(), ci.path().isEmpty() ? ci.key() : ci.path().get(0));
		});
		others.forEach((other) -> other.cis().forEach((ci) -> this.names.putIfAbsent(ci.key(), ci.name())));
		this.others = others;
		this.impactOf = impactOf;
		this.blackouts = blackouts.stream().filter((window) -> applies(window.scope())).toList();
		this.maintenance = new LinkedHashMap<>();
		maintenance.stream()
			.filter((window) -> applies(window.scope()))
			.forEach((window) -> this.maintenance.computeIfAbsent(window.scope(), (scope) -> new ArrayList<>())
				.add(window));
		// A window that starts before the period may still cover its first candidates.
		this.maintenance.forEach((scope, windows) -> this.occurrences.put(scope,
				windows.stream()
					.flatMap((window) -> window.occurrences(from.minus(SEARCH), to).stream())
					.sorted(java.util.Comparator.comparing(TimeWindow::start))
					.toList()));
	}

	/**
	 * Whether a window scoped so applies to the change: global, or scoped to what it
	 * reaches.
	 */
	private boolean applies(String scope) {
		return scope == null || this.impact.contains(scope);
	}

	/**
	 * Every conflict of a window, in a stable order: changes on the same items, dependent
	 * changes, blackouts, maintenance windows.
	 */
	List<Conflict> conflicts(OffsetDateTime start, OffsetDateTime end) {
		List<Conflict> found = new ArrayList<>();
		List<Conflict> dependent = new ArrayList<>();
		for (ChangeView other : this.others) {
			if (other.plannedStart() == null || other.plannedEnd() == null
					|| !new TimeWindow(other.plannedStart(), other.plannedEnd()).overlaps(start, end)) {
				continue;
			}
			List<String> shared = other.affectedCis().stream().filter(this.cis::contains).toList();
			if (!shared.isEmpty()) {
				found.add(new Conflict(ConflictKind.SAME_CI,
						"%s (%s) also changes %s, from %s to %s.".formatted(other.key(), other.title(), named(shared),
								at(other.plannedStart()), at(other.plannedEnd())),
						other.key(), null, null, shared.get(0)));
				continue;
			}
			Conflict conflict = dependentConflict(other);
			if (conflict != null) {
				dependent.add(conflict);
			}
		}
		found.addAll(dependent);
		for (BlackoutWindow blackout : this.blackouts) {
			if (blackout.overlaps(start, end)) {
				TimeWindow window = blackout.window();
				String what = (blackout.scope() != null)
						? "freezes changes to %s and everything it depends on, which this change reaches"
							.formatted(named(List.of(blackout.scope())))
						: "freezes all changes";
				found.add(new Conflict(
						ConflictKind.BLACKOUT, "The blackout '%s' (%s to %s) %s.".formatted(blackout.name(),
								at(window.start()), at(window.end()), what),
						null, blackout.id(), blackout.name(), blackout.scope()));
			}
		}
		this.maintenance.forEach((scope, windows) -> {
			boolean inside = this.occurrences.get(scope)
				.stream()
				.anyMatch((occurrence) -> occurrence.contains(start, end));
			if (!inside) {
				String windowNames = String.join(", ", windows.stream().map(MaintenanceWindow::name).toList());
				String rule = (scope != null)
						? "%s, which this change reaches, takes changes only in its maintenance windows"
							.formatted(named(List.of(scope)))
						: "Changes may happen only in the maintenance windows";
				found.add(new Conflict(ConflictKind.OUTSIDE_MAINTENANCE_WINDOW,
						"%s (%s); the planned window lies outside them.".formatted(rule, windowNames), null,
						windows.get(0).id(), windowNames, scope));
			}
		});
		return found;
	}

	private Conflict dependentConflict(ChangeView other) {
		// Their item depends on ours: it is in our impact.
		for (String ci : other.affectedCis()) {
			if (this.impact.contains(ci)) {
				return new Conflict(ConflictKind.DEPENDENT_CI,
						"%s (%s) changes %s at the same time, which depends on %s that this change touches.".formatted(
								other.key(), other.title(), named(List.of(ci)),
								named(List.of(this.reachedFrom.getOrDefault(ci, ci)))),
						other.key(), null, null, ci);
			}
		}
		// Ours depends on theirs: our item is in their impact.
		Set<String> theirs = this.impactOf.apply(other);
		for (String ci : this.cis) {
			if (theirs.contains(ci)) {
				return new Conflict(ConflictKind.DEPENDENT_CI,
						"%s (%s) changes %s at the same time, on which %s that this change touches depends."
							.formatted(other.key(), other.title(), named(other.affectedCis()), named(List.of(ci))),
						other.key(), null, null, other.affectedCis().get(0));
			}
		}
		return null;
	}

	/**
	 * The earliest window of the given length starting at or after {@code earliest}
	 * without any conflict, trying every half hour, every maintenance window start and
	 * every end of something in the way, up to 90 days ahead.
	 */
	TimeWindow nextFree(OffsetDateTime earliest, Duration length) {
		OffsetDateTime limit = earliest.plus(SEARCH);
		TreeSet<OffsetDateTime> candidates = new TreeSet<>();
		for (OffsetDateTime at = earliest; !at.isAfter(limit); at = at.plus(STEP)) {
			candidates.add(at);
		}
		this.occurrences.values().forEach((list) -> list.forEach((occurrence) -> candidates.add(occurrence.start())));
		this.blackouts.forEach((blackout) -> candidates.add(blackout.window().end()));
		this.others.stream()
			.map(ChangeView::plannedEnd)
			.filter(Objects::nonNull)
			.forEach((otherEnd) -> candidates.add(otherEnd.withOffsetSameInstant(ZoneOffset.UTC)));
		for (OffsetDateTime start : candidates.subSet(earliest, true, limit, true)) {
			OffsetDateTime end = start.plus(length);
			if (conflicts(start, end).isEmpty()) {
				return new TimeWindow(start, end);
			}
		}
		return null;
	}

	private String named(List<String> keys) {
		List<String> named = keys.stream().map((key) -> {
			String name = this.names.get(key);
			return (name != null) ? "%s (%s)".formatted(name, key) : key;
		}).toList();
		return String.join(", ", named);
	}

	private static String at(OffsetDateTime time) {
		return TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
	}

	/** Keys of what an impact view reaches, for {@link #impactOf}. */
	static Set<String> keys(ImpactView impact) {
		return Set.copyOf(impact.impacted().stream().map(ImpactedCi::key).toList());
	}

}
