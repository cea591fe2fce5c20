package io.changeflow.change;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * TEMPORARY stand-in for the engine side of the change process, until
 * {@code CamundaChangeProcess} lands: it records what the change module tells the process
 * and answers starts with increasing instance keys. Delete it when the real
 * {@link ChangeProcess} is on the branch (two beans of the port would clash).
 */
@Component
@Primary
class RecordingChangeProcess implements ChangeProcess {

	private final CamundaChangeProcess engine;

	RecordingChangeProcess(CamundaChangeProcess engine) {
		this.engine = engine;
	}

	final List<ChangeFacts> starts = new CopyOnWriteArrayList<>();

	final List<ChangeFacts> resubmits = new CopyOnWriteArrayList<>();

	final List<String> withdrawals = new CopyOnWriteArrayList<>();

	@Override
	public long start(ChangeFacts change) {
		this.starts.add(change);
		return this.engine.start(change);
	}

	@Override
	public void resubmit(ChangeFacts change) {
		this.resubmits.add(change);
		this.engine.resubmit(change);
	}

	@Override
	public void withdraw(String changeKey, String reason, String by) {
		this.withdrawals.add(changeKey + " by " + by + ": " + reason);
		this.engine.withdraw(changeKey, reason, by);
	}

	void clear() {
		this.starts.clear();
		this.resubmits.clear();
		this.withdrawals.clear();
	}

}
