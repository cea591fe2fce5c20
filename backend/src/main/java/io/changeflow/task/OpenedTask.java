package io.changeflow.task;

import java.time.Instant;
import java.util.List;

/**
 * A user task the engine opened, as the worker read it from the job.
 */
record OpenedTask(long jobKey, long processInstanceKey, String elementId, long elementInstanceKey, String businessKey,
		String businessTitle, String title, String formKey, String assignee, List<String> candidateGroups,
		List<String> candidateUsers, String requester, String implementer, List<String> approverRoles, Instant dueAt,
		String priority) {
}
