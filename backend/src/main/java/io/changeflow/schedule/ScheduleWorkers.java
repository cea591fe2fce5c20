package io.changeflow.schedule;

import io.changeflow.timeline.TimelineStep;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.changeflow.change.ChangeProcessRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The scheduling step of {@code change_request}.
 */
@Component
public class ScheduleWorkers {

	private final ScheduleService schedule;

	private final ChangeProcessRecords changes;

	ScheduleWorkers(ScheduleService schedule, ChangeProcessRecords changes) {
		this.schedule = schedule;
		this.changes = changes;
	}

	/**
	 * Checks the planned window: the variables stay what the model routes on
	 * ({@code scheduleConflict}, and {@code conflictsWith} as short labels); the timeline
	 * names every conflict and proposes the next free window.
	 */
	@JobWorker(type = "check-schedule", fetchVariables = "changeKey")
	public Map<String, Object> checkSchedule(@Variable String changeKey) {
		ScheduleCheck check = this.schedule.check(changeKey);
		List<String> labels = check.conflicts().stream().map(Conflict::label).distinct().toList();
		if (!check.conflicts().isEmpty()) {
			this.changes.recordStep(changeKey, new TimelineStep<>("check_schedule", "Schedule conflict", null, null,
					"conflict", describe(check), null));
		}
		return Map.of("scheduleConflict", !labels.isEmpty(), "conflictsWith", labels);
	}

	/** E.g. "2 conflicts: 1. ... 2. ... Next free window: ..." */
	static String describe(ScheduleCheck check) {
		List<String> parts = new ArrayList<>();
		int n = check.conflicts().size();
		parts.add((n == 1) ? "1 conflict:" : n + " conflicts:");
		for (int i = 0; i < n; i++) {
			parts.add((i + 1) + ". " + check.conflicts().get(i).message());
		}
		parts.add((check.nextFreeWindow() != null)
				? "Next free window: %s to %s.".formatted(check.nextFreeWindow().start(), check.nextFreeWindow().end())
				: "No free window in the next 90 days.");
		return String.join(" ", parts);
	}

}
