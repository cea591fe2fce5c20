package io.changeflow.release;

import io.changeflow.timeline.TimelineStep;
import io.changeflow.platform.ApiException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What operators do to a release from outside its process (after an incident): a note on
 * its timeline, or ending it as failed once its process was canceled.
 */
@Service
@Transactional
public class ReleaseInterventions {

	private final ReleaseRepository releases;

	private final ApplicationEventPublisher events;

	ReleaseInterventions(ReleaseRepository releases, ApplicationEventPublisher events) {
		this.releases = releases;
		this.events = events;
	}

	/**
	 * Appends an operator's action to the timeline; the state stays.
	 * @param key the release key
	 * @param elementId the BPMN element it concerns
	 * @param stepName what people read
	 * @param actor who
	 * @param outcome how it ended, e.g. {@code retried}
	 * @param detail free text, or null
	 * @throws ApiException 404 for an unknown release
	 */
	public void note(String key, String elementId, String stepName, String actor, String outcome, String detail) {
		if (this.releases.appendDecision(key, Instant.now().truncatedTo(ChronoUnit.MICROS), elementId, stepName, actor,
				outcome, detail) == 0) {
			throw ApiException.notFound("release", key);
		}
		this.events.publishEvent(new ReleaseStepRecorded(key, null, elementId));
	}

	/**
	 * Ends a release whose process no longer runs: FAILED, with the reason on the
	 * timeline, and its changes free for another release. An ended release stays as it
	 * is.
	 * @param key the release key
	 * @param elementId the BPMN element it stopped at
	 * @param stepName what people read
	 * @param reason why
	 * @param by who
	 * @throws ApiException 404 for an unknown release
	 */
	public void fail(String key, String elementId, String stepName, String reason, String by) {
		Release release = this.releases.lockByKey(key).orElseThrow(() -> ApiException.notFound("release", key));
		release.record(new TimelineStep<>(elementId, stepName, release.state().isFinal() ? null : ReleaseState.FAILED,
				by, "canceled", reason, null, null, null));
		this.events.publishEvent(new ReleaseStepRecorded(key, release.state(), release.currentStep()));
	}

}
