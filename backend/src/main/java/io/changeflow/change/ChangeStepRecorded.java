package io.changeflow.change;

/**
 * A change recorded a step of its process (published inside the recording transaction;
 * listeners that talk to the outside world wait for the commit).
 *
 * @param key the change key
 * @param state the state it is in now
 * @param currentStep the BPMN element it stands in
 * @param currentStepName that step's label
 */
public record ChangeStepRecorded(String key, ChangeState state, String currentStep, String currentStepName) {

	static ChangeStepRecorded of(ChangeRequest change) {
		return new ChangeStepRecorded(change.key(), change.state(), change.currentStep(), change.currentStepName());
	}

}
