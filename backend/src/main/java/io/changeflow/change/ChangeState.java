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
	 * The audit log's past-tense name for a change reaching this state.
	 * @return the event name, such as {@code ChangeApproved}
	 */
	public String reachedEvent() {
		return switch (this) {
			case DRAFT -> "ChangeDrafted";
			case SUBMITTED -> "ChangeSubmitted";
			case INFO_REQUESTED -> "InformationRequested";
			case IN_REVIEW -> "ReviewStarted";
			case AWAITING_CAB -> "CabReviewStarted";
			case AWAITING_ECAB -> "EcabReviewStarted";
			case ESCALATED -> "ChangeEscalated";
			case SCHEDULING -> "ChangeApproved";
			case SCHEDULE_CONFLICT -> "ScheduleConflictFound";
			case READY_FOR_RELEASE -> "ChangeScheduled";
			case IN_PIR -> "ChangeImplemented";
			case CLOSED -> "ChangeClosed";
			case REJECTED -> "ChangeRejected";
			case WITHDRAWN -> "ChangeWithdrawn";
		};
	}

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
