package io.changeflow.schedule;

import io.changeflow.timeline.TimelineStep;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.changeflow.change.ChangeProcessRecords;
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

	@JobWorker(type = "check-schedule", fetchVariables = "changeKey")
	public Map<String, Object> checkSchedule(@Variable String changeKey) {
		List<String> conflicts = this.schedule.conflicts(changeKey);
		if (!conflicts.isEmpty()) {
			this.changes.recordStep(changeKey, new TimelineStep<>("check_schedule", "Schedule conflict", null, null,
					"conflict", "Conflicts with " + String.join(", ", conflicts), null));
		}
		return Map.of("scheduleConflict", !conflicts.isEmpty(), "conflictsWith", conflicts);
	}

}
