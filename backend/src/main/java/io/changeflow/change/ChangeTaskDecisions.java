package io.changeflow.change;

import io.changeflow.timeline.TimelineStep;
import io.changeflow.task.HumanTaskCompleted;
import io.changeflow.task.TaskKind;
import java.time.OffsetDateTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts what people decided in the inbox on the change's timeline, and applies what a
 * decision changes on the RFC itself (a question to the requester, a new window).
 */
@Component
class ChangeTaskDecisions {

	private final ChangeQueries changes;

	private final ChangeProcessRecords records;

	ChangeTaskDecisions(ChangeQueries changes, ChangeProcessRecords records) {
		this.changes = changes;
		this.records = records;
	}

	@EventListener
	void on(HumanTaskCompleted done) {
		// Releases have tasks too; their decisions are the release's business.
		if (done.kind() == TaskKind.PROVIDE_INFORMATION || !this.changes.exists(done.businessKey())) {
			return;
		}
		if (done.kind() == TaskKind.RESOLVE_CONFLICT) {
			this.records.reschedule(done.businessKey(),
					OffsetDateTime.parse((String) done.variables().get("plannedStart")),
					OffsetDateTime.parse((String) done.variables().get("plannedEnd")), done.by());
			return;
		}
		this.records.recordDecision(done.businessKey(), new TimelineStep<>(done.elementId(), done.stepName(), null,
				done.by(), done.outcome(), done.comment(), null));
	}

}
