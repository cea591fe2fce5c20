package io.changeflow.release;

import io.changeflow.change.ChangeQueries;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Raises a release's domain events, with the CIs its changes touch.
 */
@Component
class ReleaseAudit {

	/**
	 * Steps without a state of their own, by BPMN element: what they mean for the record.
	 */
	private static final Map<String, String> STEP_EVENTS = Map.of("record_deployed_wave", "WaveDeployed", "wave_done",
			"WaveVerified", "wave_unhealthy", "WaveVerificationFailed", "wave_deploy_failed", "WaveDeploymentFailed",
			"checksum_refused", "ChecksumMismatchFound", "deploy_timed_out", "WaveDeploymentTimedOut",
			"verify_timed_out", "WaveVerificationTimedOut", "wave_stopped", "RolloutStopped");

	private final ChangeQueries changes;

	private final ApplicationEventPublisher events;

	ReleaseAudit(ChangeQueries changes, ApplicationEventPublisher events) {
		this.changes = changes;
		this.events = events;
	}

	/**
	 * Publishes what happened to the release.
	 * @param release the release, as it is now
	 * @param action the past-tense event name
	 * @param actor who did it; null for whoever is signed in
	 * @param details the outcome and values worth keeping
	 */
	void publish(Release release, String action, String actor, Map<String, ?> details) {
		this.events.publishEvent(
				release.event(action, this.changes.affectedCisOf(release.changeKeys())).by(actor).after(details));
	}

	/**
	 * The event a process step stands for: what its element means (a wave deployed,
	 * verified...), else the state it moved the release to, else just a step.
	 */
	static String stepEvent(String elementId, ReleaseState before, ReleaseState after) {
		if (STEP_EVENTS.containsKey(elementId)) {
			return STEP_EVENTS.get(elementId);
		}
		return (after != before) ? after.reachedEvent() : "ReleaseStepReached";
	}

}
