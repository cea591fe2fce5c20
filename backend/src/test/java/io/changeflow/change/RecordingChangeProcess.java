package io.changeflow.change;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * TEMPORARY stand-in for the engine side of the change process, until
 * {@code CamundaChangeProcess} lands: it records what the change module tells the process
 * and answers starts with increasing instance keys. Delete it when the real
 * {@link ChangeProcess} is on the branch (two beans of the port would clash).
 */
@Component
class RecordingChangeProcess implements ChangeProcess {

	private final AtomicLong keys = new AtomicLong(2251799813685000L);

	final List<ChangeFacts> starts = new CopyOnWriteArrayList<>();

	final List<ChangeFacts> resubmits = new CopyOnWriteArrayList<>();

	final List<String> withdrawals = new CopyOnWriteArrayList<>();

	@Override
	public long start(ChangeFacts change) {
		this.starts.add(change);
		return this.keys.incrementAndGet();
	}

	@Override
	public void resubmit(ChangeFacts change) {
		this.resubmits.add(change);
	}

	@Override
	public void withdraw(String changeKey, String reason, String by) {
		this.withdrawals.add(changeKey + " by " + by + ": " + reason);
	}

	void clear() {
		this.starts.clear();
		this.resubmits.clear();
		this.withdrawals.clear();
	}

}
