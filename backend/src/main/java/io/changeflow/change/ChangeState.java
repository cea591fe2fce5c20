package io.changeflow.change;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a change stands. The {@code change_request} process moves it; people only draft,
 * submit, answer questions and withdraw.
 */
public enum ChangeState {

	DRAFT, SUBMITTED, INFO_REQUESTED, IN_REVIEW, AWAITING_CAB, AWAITING_ECAB, ESCALATED, SCHEDULING, SCHEDULE_CONFLICT,
	READY_FOR_RELEASE, IN_PIR, CLOSED, REJECTED, WITHDRAWN;

	/** The states a change ends in. */
	public static final Set<ChangeState> FINAL = Collections.unmodifiableSet(EnumSet.of(CLOSED, REJECTED, WITHDRAWN));

	/** The states from scheduling on, where a change holds a slot in the calendar. */
	public static final Set<ChangeState> SCHEDULED = Collections
		.unmodifiableSet(EnumSet.of(SCHEDULING, SCHEDULE_CONFLICT, READY_FOR_RELEASE));

	/**
	 * Submitted and not yet ended: a process runs for it.
	 * @return true unless it is a draft or final
	 */
	public boolean isOpen() {
		return this != DRAFT && !isFinal();
	}

	public boolean isFinal() {
		return FINAL.contains(this);
	}

	/** Every open state. */
	public static Set<ChangeState> open() {
		EnumSet<ChangeState> open = EnumSet.complementOf(EnumSet.copyOf(FINAL));
		open.remove(DRAFT);
		return Collections.unmodifiableSet(open);
	}

}
