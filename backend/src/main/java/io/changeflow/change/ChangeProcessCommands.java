package io.changeflow.change;

import io.changeflow.engine.StartedInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the engine what requesters did to a change, after the commit that recorded it.
 * Each is an event publication: a failed engine call is tried again (see the outbox in
 * {@code platform}), and doing it twice changes nothing. No database transaction is open
 * during an engine call.
 */
@Component
class ChangeProcessCommands {

	private static final Logger log = LoggerFactory.getLogger(ChangeProcessCommands.class);

	private final ChangeProcessRecords changes;

	private final ChangeProcess process;

	ChangeProcessCommands(ChangeProcessRecords changes, ChangeProcess process) {
		this.changes = changes;
		this.process = process;
	}

	@Async
	@TransactionalEventListener
	void on(ChangeProcessDue due) {
		// Once per run: a delivery repeated after the start was recorded, or one
		// overtaken
		// by a newer revision, does nothing.
		if (!this.changes.awaitsStart(due.key(), due.run())) {
			log.debug("{}: run {} already started or superseded", due.key(), due.run());
			return;
		}
		StartedInstance instance = (due.previousInstance() != null)
				? this.process.revise(this.changes.facts(due.key()), due.previousInstance())
				: this.process.start(this.changes.facts(due.key()));
		this.changes.runsAs(due.key(), instance);
	}

	@Async
	@TransactionalEventListener
	void on(ChangeWithdrawalDue due) {
		this.process.withdraw(due.key(), due.run(), due.reason(), due.by());
	}

}
