package io.changeflow.engine;

import java.time.Instant;

/**
 * Where a change or release stands in its process, as its own row records it: what a
 * consistency check compares with the engine and the inbox.
 *
 * @param businessKey the change or release key
 * @param currentStep the BPMN element it last reported
 * @param processInstanceKey the engine handle of its process, null until the start is
 * confirmed
 * @param since when the row last changed
 * @param processId the BPMN process it runs
 * @param modelVersion our version of that process's model it started on, null if it
 * started before versions were recorded
 */
public record ProcessHandle(String businessKey, String currentStep, Long processInstanceKey, Instant since,
		String processId, Integer modelVersion) {
}
