package io.changeflow.task;

import java.util.Map;

/**
 * A person completed a task (published inside the completing transaction).
 *
 * @param businessKey the change (or release) key
 * @param kind the kind of task
 * @param elementId the BPMN element
 * @param stepName the task's title
 * @param by who completed it
 * @param outcome the decision in short
 * @param comment the comment
 * @param variables what the engine job was completed with
 */
public record HumanTaskCompleted(String businessKey, TaskKind kind, String elementId, String stepName, String by,
		String outcome, String comment, Map<String, Object> variables) {
}
