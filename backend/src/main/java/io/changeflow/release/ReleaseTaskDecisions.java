package io.changeflow.release;

import io.changeflow.timeline.TimelineStep;
import io.changeflow.task.HumanTaskCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts what people decided on a release in the inbox (acceptance, rollout plan review,
 * start, go / no-go) on the release's timeline.
 */
@Component
class ReleaseTaskDecisions {

	private final ReleaseQueries releases;

	private final ReleaseProcessRecords records;

	ReleaseTaskDecisions(ReleaseQueries releases, ReleaseProcessRecords records) {
		this.releases = releases;
		this.records = records;
	}

	@EventListener
	void on(HumanTaskCompleted done) {
		if (!this.releases.exists(done.businessKey())) {
			return;
		}
		this.records.recordDecision(done.businessKey(), new TimelineStep<>(done.elementId(), done.stepName(), null,
				done.by(), done.outcome(), done.comment(), null, null, null));
	}

}
