package io.changeflow.schedule;

import io.changeflow.change.ChangeQueries;
import io.changeflow.change.ChangeSummary;
import io.changeflow.change.ChangeView;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a change can happen in its window: no blackout window, and no other scheduled
 * change touching the same configuration items at the same time.
 */
@Service
public class ScheduleService {

	private final ChangeQueries changes;

	private final BlackoutWindowRepository blackouts;

	ScheduleService(ChangeQueries changes, BlackoutWindowRepository blackouts) {
		this.changes = changes;
		this.blackouts = blackouts;
	}

	/**
	 * What stands in the way of a change's planned window.
	 * @param changeKey the change
	 * @return the conflicts, empty when the window is free
	 */
	@Transactional(readOnly = true)
	public List<String> conflicts(String changeKey) {
		ChangeView change = this.changes.get(changeKey);
		List<String> conflicts = new ArrayList<>();
		this.blackouts.findAllByOrderByStartsAt()
			.stream()
			.filter((window) -> window.overlaps(change.plannedStart(), change.plannedEnd()))
			.forEach((window) -> conflicts.add("Blackout: " + window.view().name()));
		this.changes.overlapping(changeKey, change.plannedStart(), change.plannedEnd())
			.stream()
			.map(ChangeSummary::key)
			.forEach(conflicts::add);
		return conflicts;
	}

	/**
	 * The blackout windows in force at an instant for a set of configuration items. Today
	 * every blackout is global, so the items do not narrow the answer yet; scoped
	 * blackouts will.
	 * @param at the instant, usually now
	 * @param ciKeys the items about to change
	 * @return the blackouts covering that instant, earliest first
	 */
	@Transactional(readOnly = true)
	public List<Blackout> blackoutsAt(Instant at, Collection<String> ciKeys) {
		return this.blackouts.findAllByOrderByStartsAt()
			.stream()
			.filter((window) -> window.covers(at))
			.map((window) -> new Blackout(window.view().name(), window.view().startsAt(), window.view().endsAt()))
			.toList();
	}

	/**
	 * A blackout window in force.
	 *
	 * @param name e.g. "Year-end freeze"
	 * @param startsAt its start
	 * @param endsAt its end
	 */
	public record Blackout(String name, OffsetDateTime startsAt, OffsetDateTime endsAt) {
	}

}
