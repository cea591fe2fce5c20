package io.changeflow.schedule;

import org.springframework.lang.Nullable;

import java.util.UUID;

/**
 * One thing that stands in the way of a planned window.
 *
 * @param kind what kind of conflict
 * @param message a plain sentence people read, e.g. "CHG-000012 changes checkout-api
 * (CI-00003) at the same time."
 * @param changeKey the other change (SAME_CI, DEPENDENT_CI), else null
 * @param windowId the blackout or maintenance window, else null
 * @param windowName its name, else null
 * @param ciKey the item at stake: the shared or dependent item, or the window's scope
 * (null for a global window)
 */
public record Conflict(ConflictKind kind, String message, @Nullable String changeKey, @Nullable UUID windowId,
		@Nullable String windowName, @Nullable String ciKey) {

	/**
	 * The conflict as the change process's variable {@code conflictsWith} shows it: the
	 * other change's key, or what else is in the way.
	 * @return a short label
	 */
	String label() {
		return switch (this.kind) {
			case SAME_CI, DEPENDENT_CI -> this.changeKey;
			case BLACKOUT -> "Blackout: " + this.windowName;
			case OUTSIDE_MAINTENANCE_WINDOW -> "Outside maintenance window: " + this.windowName;
		};
	}

}
