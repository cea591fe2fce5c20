package io.changeflow.release;

import io.changeflow.engine.StartedInstance;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the engine what people did to a release, after the commit that recorded it. An
 * event publication: a failed engine call is tried again, and a repeat changes nothing.
 */
@Component
class ReleaseProcessCommands {

	private final ReleaseProcessRecords releases;

	private final ReleaseProcess process;

	ReleaseProcessCommands(ReleaseProcessRecords releases, ReleaseProcess process) {
		this.releases = releases;
		this.process = process;
	}

	@Async
	@TransactionalEventListener
	void on(ReleaseCommandDue due) {
		switch (due.command()) {
			case START -> {
				if (this.releases.awaitsStart(due.key())) {
					StartedInstance instance = this.process.start(this.releases.startVariables(due.key(), due.by()));
					this.releases.runsAs(due.key(), instance);
				}
			}
			case UPDATE_ARTIFACTS -> this.releases.artifactsToTell(due.key())
				.ifPresent((told) -> this.process.updateArtifacts(told.getKey(), told.getValue()));
			case BACK_OUT -> this.process.backOut(due.key(), due.releaseId().toString(), due.reason(), due.by());
		}
	}

}
