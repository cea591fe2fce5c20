package io.changeflow.task;

import java.util.Map;
import java.util.UUID;

/**
 * A person completed a task. Published inside the recording transaction: listeners in
 * that transaction put it on timelines; the engine hears of it after the commit, through
 * the event publication registry, until it confirms.
 *
 * @param taskId the task
 * @param engineEpoch the engine lifetime the job key belongs to
 * @param jobKey the engine job to complete
 * @param businessKey the change (or release) key
 * @param kind the kind of task
 * @param elementId the BPMN element
 * @param stepName the task's title
 * @param by who completed it
 * @param outcome the decision in short
 * @param comment the comment
 * @param variables what the engine job is completed with
 */
public record HumanTaskCompleted(UUID taskId, String engineEpoch, long jobKey, String businessKey, TaskKind kind,
		String elementId, String stepName, String by, String outcome, String comment, Map<String, Object> variables) {
}
