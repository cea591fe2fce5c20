package io.changeflow.change;

import io.changeflow.task.ProcessRuns;
import org.springframework.stereotype.Component;

/** The inbox opens tasks only for the run of its process a change follows now. */
@Component
class ChangeRuns implements ProcessRuns {

	private final ChangeProcessRecords changes;

	ChangeRuns(ChangeProcessRecords changes) {
		this.changes = changes;
	}

	@Override
	public boolean isCurrent(String businessKey, String run) {
		// Release tasks carry no change run; a release key is no change.
		return run == null || this.changes.isCurrentRun(businessKey, run);
	}

}
