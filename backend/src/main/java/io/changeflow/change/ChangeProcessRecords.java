package io.changeflow.change;

import io.changeflow.audit.DomainEvent;
import io.changeflow.engine.ProcessHandle;
import io.changeflow.engine.StartedInstance;
import io.changeflow.platform.ApiException;
import io.changeflow.timeline.TimelineStep;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the {@code change_request} process reports about requests for change (steps,
 * classification, questions, the end) and what its workers, listeners and the consistency
 * check ask about the run a change follows. Every method runs in its own transaction and
 * is safe to call twice for the same event: the engine delivers a job at least once.
 */
@Service
@Transactional
public class ChangeProcessRecords {

	private static final Pattern PRIORITY = Pattern.compile("P[1-5]");

	private final ChangeRepository changes;

	private final ChangeModelRepository models;

	private final ApplicationEventPublisher events;

	ChangeProcessRecords(ChangeRepository changes, ChangeModelRepository models, ApplicationEventPublisher events) {
		this.changes = changes;
		this.models = models;
		this.events = events;
	}

	/**
	 * The submitted changes whose process should be running: every open change except
	 * drafts.
	 * @return their keys, oldest first
	 */
	@Transactional(readOnly = true)
	public List<String> inProcess() {
		return this.changes.findKeysByStateIn(ChangeState.open());
	}

	/**
	 * Whether the change waits for the given run of its process to start: its current
	 * run, not started yet. False once it started, and for an older run.
	 * @param key the change key
	 * @param run the run
	 * @return whether to start it
	 */
	@Transactional(readOnly = true)
	public boolean awaitsStart(String key, String run) {
		return this.changes.findByKey(key)
			.filter((change) -> change.state().isOpen() && change.processInstanceKey() == null)
			.map((change) -> change.run().equals(run))
			.orElse(false);
	}

	/**
	 * Whether a job belongs to the run of the process the change follows now: jobs of an
	 * instance that a revision replaced (or that an earlier change under the same key
	 * left) must change nothing.
	 * @param key the change key
	 * @param run the job's {@code run} variable (null for instances older than runs)
	 * @return whether the job's instance is current
	 */
	@Transactional(readOnly = true)
	public boolean isCurrentRun(String key, String run) {
		return run == null || this.changes.findByKey(key).map((change) -> change.run().equals(run)).orElse(false);
	}

	/**
	 * Where each change in its process stands, for consistency checks.
	 * @return the handles of every open, submitted change
	 */
	@Transactional(readOnly = true)
	public List<ProcessHandle> processHandles() {
		return this.changes.findHandlesByStateIn(ChangeState.open());
	}

	/**
	 * Asks again for the start of the change's current run, e.g. when a check found it
	 * never confirmed; a run that has started meanwhile is not started twice.
	 * @param key the change key
	 */
	public void requestStart(String key) {
		ChangeRequest change = this.changes.require(key);
		if (change.state().isOpen() && change.processInstanceKey() == null) {
			this.events.publishEvent(new ChangeProcessDue(key, change.run(), null));
		}
	}

	/**
	 * The process of a change runs under a new engine handle (after the embedded engine
	 * restarted).
	 * @param key the change key
	 * @param instance the new process instance and the model version it runs on
	 */
	public void runsAs(String key, StartedInstance instance) {
		this.changes.recordHandle(key, instance.processInstanceKey(), instance.modelVersion());
	}

	/**
	 * What the process decides on, as it stands now.
	 * @param key the change key
	 * @return the facts
	 * @throws ApiException 404 when there is no such change
	 */
	@Transactional(readOnly = true)
	public ChangeFacts facts(String key) {
		ChangeRequest change = this.changes.require(key);
		ChangeModel model = this.models.modelOf(change);
		return ChangeFacts.of(change, (model != null) ? model.allowedCiTypes() : List.of());
	}

	/**
	 * Appends a step of the process to the timeline and makes it the current step; with a
	 * state, the change moves to it. A step reported again (same element, name, outcome
	 * and instant) is ignored.
	 * @param key the change key
	 * @param step the step
	 * @throws ApiException 404 for an unknown change, 409 when the step would move a
	 * draft or an ended change, or move a change to a draft or final state (use
	 * {@link #finish})
	 */
	public void recordStep(String key, TimelineStep<ChangeState> step) {
		ChangeRequest change = this.changes.require(key);
		ChangeState before = change.state();
		if (change.record(step)) {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("step", step.stepName());
			details.put("element", step.elementId());
			details.put("outcome", step.outcome());
			details.put("detail", step.detail());
			audit(change.event((change.state() != before) ? change.state().reachedEvent() : "ChangeStepReached")
				.after(details), step.actor());
		}
		stepped(change);
	}

	/**
	 * Appends what a person decided in the inbox to the timeline. Unlike
	 * {@link #recordStep} it neither moves the change nor writes its row: the process
	 * moves it when it takes the decision.
	 * @param key the change key
	 * @param step the decision
	 */
	public void recordDecision(String key, TimelineStep<ChangeState> step) {
		this.changes.appendDecision(key, step.at(), step.elementId(), step.stepName(), step.actor(), step.outcome(),
				step.detail());
	}

	/**
	 * Stores the classification and appends a "Classified" step; the same classification
	 * again changes nothing.
	 * @param key the change key
	 * @param changeClass standard, normal or emergency
	 * @param risk the risk
	 * @param priority P1..P5
	 * @param by who or what classified it (a username, or the decision id)
	 * @param decision what the decision tables saw and said, for the audit log
	 * @throws ApiException 404 for an unknown change, 409 unless it is open
	 */
	public void classify(String key, ChangeClass changeClass, Risk risk, String priority, String by,
			Map<String, Object> decision) {
		Objects.requireNonNull(changeClass, "changeClass");
		Objects.requireNonNull(risk, "risk");
		if (priority == null || !PRIORITY.matcher(priority).matches()) {
			throw ApiException.invalid("priority", "must be one of P1..P5, not " + priority);
		}
		ChangeRequest change = this.changes.require(key);
		if (change.classify(changeClass, risk, priority, by)) {
			audit(change.event("ChangeClassified")
				.after(Map.of("changeClass", changeClass.name(), "risk", risk.name(), "priority", priority))
				.after(decision), by);
		}
		stepped(change);
	}

	/**
	 * Asks the requester for information: the change is {@code INFO_REQUESTED}, the
	 * requester may edit it and submit it again. The question is the step's detail; the
	 * same question asked again while it waits changes nothing.
	 * @param key the change key
	 * @param question what the requester should answer
	 * @param by who asks
	 * @throws ApiException 404 for an unknown change, 409 unless it is open and not yet
	 * ready for release
	 */
	public void requestInformation(String key, String question, String by) {
		Objects.requireNonNull(question, "question");
		ChangeRequest change = this.changes.require(key);
		if (change.requestInformation(question, by)) {
			audit(change.event("InformationRequested").after(Map.of("question", question)), by);
		}
		stepped(change);
	}

	/**
	 * Ends a change: closed, rejected or withdrawn, with the reason. Ending it again in
	 * the same state changes nothing.
	 * @param key the change key
	 * @param finalState CLOSED, REJECTED or WITHDRAWN
	 * @param reason why (stored as the close reason)
	 * @param by who
	 * @throws IllegalArgumentException for a state that is not final
	 * @throws ApiException 404 for an unknown change, 409 when it is a draft (except to
	 * withdraw it) or ended in another state
	 */
	public void finish(String key, ChangeState finalState, String reason, String by) {
		ChangeRequest change = this.changes.require(key);
		if (change.finish(finalState, reason, by)) {
			audit(change.event(finalState.reachedEvent()).after((reason != null) ? Map.of("reason", reason) : Map.of()),
					by);
		}
		stepped(change);
	}

	/**
	 * Moves the planned window and appends a "Rescheduled" step; the same window again
	 * changes nothing.
	 * @param key the change key
	 * @param start the new start
	 * @param end the new end
	 * @param by who
	 * @throws ApiException 400 (field {@code plannedEnd}) unless end is after start, 404
	 * for an unknown change, 409 unless it is open
	 */
	public void reschedule(String key, OffsetDateTime start, OffsetDateTime end, String by) {
		ChangeRequest change = this.changes.require(key);
		change.reschedule(start, end, by);
		stepped(change);
	}

	/**
	 * The process recorded it: a system row, with the person the step names (if any) as
	 * {@code by}. What that person did in a request has its own row.
	 */
	private void audit(DomainEvent event, String by) {
		this.events.publishEvent(event.by("system:change-process").after((by != null) ? Map.of("by", by) : Map.of()));
	}

	/** Tells listeners where the change stands after a step. */
	private void stepped(ChangeRequest change) {
		this.events.publishEvent(ChangeStepRecorded.of(change));
	}

}
