package io.changeflow.release;

import io.changeflow.engine.ProcessHandle;
import io.changeflow.engine.StartedInstance;
import io.changeflow.timeline.TimelineStep;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the {@code release} process reports about releases (steps, decisions, its engine
 * handle) and what its workers, the commands sent to it and the consistency check read
 * about a release. Safe to call twice for the same event: the engine delivers a job at
 * least once.
 */
@Service
@Transactional
public class ReleaseProcessRecords {

	private final ReleaseRepository releases;

	private final ReleaseProcess process;

	private final ApplicationEventPublisher events;

	private final ReleaseAudit audit;

	ReleaseProcessRecords(ReleaseRepository releases, ReleaseProcess process, ApplicationEventPublisher events,
			ReleaseAudit audit) {
		this.audit = audit;
		this.releases = releases;
		this.process = process;
		this.events = events;
	}

	/**
	 * The releases whose process should be running: built and not ended.
	 * @return their keys, oldest first
	 */
	@Transactional(readOnly = true)
	public List<String> inProcess() {
		List<ReleaseState> notRunning = new ArrayList<>(ReleaseState.FINAL);
		notRunning.add(ReleaseState.DRAFT);
		return this.releases.findKeysByStateNotIn(notRunning);
	}

	void recordStep(String key, TimelineStep<ReleaseState> step) {
		Release release = this.releases.require(key);
		ReleaseState before = release.state();
		if (release.record(step)) {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("step", step.stepName());
			details.put("element", step.elementId());
			details.put("outcome", step.outcome());
			details.put("detail", step.detail());
			details.put("wave", step.wave());
			this.audit.publish(release, ReleaseAudit.stepEvent(step.elementId(), before, release.state()),
					"system:release-process", details);
		}
		this.events.publishEvent(new ReleaseStepRecorded(key, release.state(), release.currentStep()));
	}

	/** A person decided on a task of the release: a timeline entry, the state stays. */
	void recordDecision(String key, TimelineStep<ReleaseState> step) {
		this.releases.appendDecision(key, step.at(), step.elementId(), step.stepName(), step.actor(), step.outcome(),
				step.detail());
		this.events.publishEvent(new ReleaseStepRecorded(key, null, step.elementId()));
	}

	/**
	 * A note of the system on the timeline, once: a redelivered job does not repeat it.
	 * The release row's lock orders two deliveries.
	 */
	void noteOnce(String key, TimelineStep<ReleaseState> step) {
		Release release = this.releases.require(key);
		if (release.history().stream().noneMatch((seen) -> step.elementId().equals(seen.elementId()))) {
			recordDecision(key, step);
		}
	}

	void runsAs(String key, StartedInstance instance) {
		this.releases.recordHandle(key, instance.processInstanceKey(), instance.modelVersion());
	}

	/**
	 * Where each release in its process stands, for consistency checks.
	 * @return the handles of every built release that has not ended
	 */
	@Transactional(readOnly = true)
	public List<ProcessHandle> processHandles() {
		var notRunning = EnumSet.copyOf(ReleaseState.FINAL);
		notRunning.add(ReleaseState.DRAFT);
		return this.releases.findHandlesByStateNotIn(notRunning);
	}

	/**
	 * Asks again for the start of the release's process, when a check found it never
	 * confirmed; one that has started meanwhile is not started twice.
	 * @param key the release key
	 */
	public void requestStart(String key) {
		Release release = this.releases.require(key);
		if (release.state() != ReleaseState.DRAFT && !release.state().isFinal()
				&& release.processInstanceKey() == null) {
			this.events.publishEvent(
					new ReleaseCommandDue(key, release.id(), ReleaseCommandDue.Command.START, null, release.builder()));
		}
	}

	/** Whether the release was built and its process not started yet. */
	@Transactional(readOnly = true)
	boolean awaitsStart(String key) {
		return this.releases.findByKey(key)
			.filter((release) -> release.state() != ReleaseState.DRAFT && release.processInstanceKey() == null)
			.isPresent();
	}

	/** What the process starts with, read now so the engine call needs no transaction. */
	@Transactional(readOnly = true)
	Map<String, Object> startVariables(String key, String builder) {
		return this.process.variables(this.releases.require(key), builder);
	}

	/** The running process and the artifacts it should know, if it runs. */
	@Transactional(readOnly = true)
	Optional<Map.Entry<Long, List<Map<String, Object>>>> artifactsToTell(String key) {
		Release release = this.releases.require(key);
		return Optional.ofNullable(release.processInstanceKey())
			.map((instance) -> Map.entry(instance, ReleaseProcess.artifacts(release)));
	}

	/** What the workers of the process need to know about a release. */
	@Transactional(readOnly = true)
	ReleaseFacts facts(String key) {
		Release release = this.releases.require(key);
		return new ReleaseFacts(release.id(), release.key(), release.plan().name(), release.builder(),
				release.changeKeys(), release.plan().ciTypes(),
				release.artifacts().stream().collect(Collectors.toMap(Artifact::name, Artifact::version, (a, b) -> a)),
				release.releaseNotes());
	}

}
