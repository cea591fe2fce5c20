package io.changeflow.release;

/**
 * A release took a step or someone decided on one of its tasks: pages that show the
 * release refresh (the live module relays it to browsers).
 *
 * @param key the release key
 * @param state its state now
 * @param currentStep the BPMN element it is at
 */
public record ReleaseStepRecorded(String key, ReleaseState state, String currentStep) {
}
