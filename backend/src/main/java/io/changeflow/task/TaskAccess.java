package io.changeflow.task;

/**
 * What one person may do with a task, as the inbox shows it.
 *
 * @param refusal why they may not complete it, or null when they may
 * @param claimable they may take it from its group
 * @param unclaimable they took it from its group and may give it back
 * @param delegable they may hand it to someone else
 */
record TaskAccess(String refusal, boolean claimable, boolean unclaimable, boolean delegable) {

	/** For views that answer no one in particular (a change's task history). */
	static final TaskAccess NONE = new TaskAccess(null, false, false, false);

}
