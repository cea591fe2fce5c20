package io.changeflow.schedule;

import io.changeflow.change.ChangeQueries;
import io.changeflow.change.ChangeSummary;
import io.changeflow.change.ChangeView;
import java.util.ArrayList;
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

}
