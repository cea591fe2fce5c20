package io.changeflow.task;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A task opened in the inbox (published inside the opening transaction, before the "waits
 * for you" notice goes out).
 *
 * @param taskId the task's identity
 * @param businessKey the change (or release) key
 * @param businessTitle its title
 * @param kind the kind of task
 * @param title what to do
 * @param assignee who it is assigned to, or null for a group task
 * @param candidateGroups roles that may take it
 * @param candidateUsers people who may take it
 * @param requester who requested the change
 * @param implementer who implements it, or null
 * @param dueAt when it is due, or null
 * @param priority the change's priority
 */
public record HumanTaskOpened(UUID taskId, String businessKey, String businessTitle, TaskKind kind, String title,
		String assignee, List<String> candidateGroups, List<String> candidateUsers, String requester,
		String implementer, Instant dueAt, String priority) {

	/**
	 * The dedup key of the task's "waits for you" notice: a listener that notifies a
	 * person with this key first (e.g. with more in it) replaces that notice for them.
	 * @return the key
	 */
	public String noticeDedupKey() {
		return noticeDedupKeyOf(this.taskId);
	}

	static String noticeDedupKeyOf(UUID taskId) {
		return "task:" + taskId;
	}

}
