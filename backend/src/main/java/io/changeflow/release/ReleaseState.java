package io.changeflow.release;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a release stands. Release engineers edit a draft; from the build on, the
 * {@code release} process moves it (the model names the state of each step).
 */
public enum ReleaseState {

	DRAFT, BUILDING, TESTING, AWAITING_ACCEPTANCE, PLAN_REVIEW, READY_TO_ROLL_OUT, ROLLING_OUT, BACKING_OUT,
	UPDATING_CMDB, CLOSED, BACKED_OUT, FAILED, REJECTED;

	/** The states a release ends in: its changes are free for another release. */
	public static final Set<ReleaseState> FINAL = Collections
		.unmodifiableSet(EnumSet.of(CLOSED, BACKED_OUT, FAILED, REJECTED));

	/**
	 * The audit log's past-tense name for a release reaching this state.
	 * @return the event name, such as {@code ReleaseBuilt}
	 */
	public String reachedEvent() {
		return switch (this) {
			case DRAFT -> "ReleaseDrafted";
			case BUILDING -> "ReleaseBuildStarted";
			case TESTING -> "ReleaseBuilt";
			case AWAITING_ACCEPTANCE -> "ReleaseTested";
			case PLAN_REVIEW -> "ReleaseAccepted";
			case READY_TO_ROLL_OUT -> "RolloutPlanApproved";
			case ROLLING_OUT -> "RolloutStarted";
			case BACKING_OUT -> "BackOutStarted";
			case UPDATING_CMDB -> "RolloutCompleted";
			case CLOSED -> "ReleaseClosed";
			case BACKED_OUT -> "ReleaseBackedOut";
			case FAILED -> "ReleaseFailed";
			case REJECTED -> "ReleaseRejected";
		};
	}

	public boolean isFinal() {
		return FINAL.contains(this);
	}

}
