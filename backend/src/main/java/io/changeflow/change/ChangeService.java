package io.changeflow.change;

import io.changeflow.engine.ProcessHandle;
import io.changeflow.platform.ApiException;
import io.changeflow.platform.KeysetPage;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Requests for change: what requesters do to them through the API, and what the
 * {@code change_request} process reports about them. Every method runs in its own
 * transaction; the ones the process calls are safe to call twice for the same event.
 */
@Service
@Transactional
public class ChangeService {

	private static final Pattern PRIORITY = Pattern.compile("P[1-5]");

	private final ChangeRepository changes;

	private final ChangeModelRepository models;

	private final ChangeValidator validator;

	private final ChangeProcess process;

	private final ApplicationEventPublisher events;

	ChangeService(ChangeRepository changes, ChangeModelRepository models, ChangeValidator validator,
			ChangeProcess process, ApplicationEventPublisher events) {
		this.changes = changes;
		this.models = models;
		this.validator = validator;
		this.process = process;
		this.events = events;
	}

	ChangeView create(ChangeRequestBody body, String requester) {
		ChangeDetails details = this.validator.check(body);
		String key = "CHG-%06d".formatted(this.changes.nextNumber());
		ChangeRequest change = new ChangeRequest(key, requester, details, ChangeValidator.affectedCis(body),
				body.incidentRefs());
		change.attach(body.attachments(), requester);
		return this.changes.save(change).view();
	}

	ChangeView update(String key, ChangeRequestBody body, String user) {
		ChangeRequest change = find(key);
		requireRequester(change, user, "edit");
		change.requireEditable();
		boolean revision = change.isApproved();
		change.edit(this.validator.check(body), ChangeValidator.affectedCis(body), body.incidentRefs());
		change.attach(body.attachments(), user);
		if (revision) {
			Long previous = change.processInstanceKey();
			change.revise(user);
			change.awaitsProcess();
			this.changes.flush();
			this.events.publishEvent(new ChangeProcessDue(key, change.run(), previous));
		}
		return change.view();
	}

	/**
	 * Submits a draft, or resubmits the answer to a request for information. Only the
	 * database changes here; the process starts (or the answer reaches it) after the
	 * commit, so a concurrent submit fails instead of starting a second process, and the
	 * process never sees a change its row does not know.
	 */
	ChangeView submit(String key, String user) {
		ChangeRequest change = find(key);
		requireRequester(change, user, "submit");
		ChangeModel model = model(change);
		if (model != null && !model.active()) {
			throw ApiException.invalid("changeModelId",
					"The change model '%s' is no longer active; edit %s to follow another one".formatted(model.name(),
							key));
		}
		boolean resubmission = change.submit(user);
		this.changes.flush();
		ChangeFacts facts = change.facts((model != null) ? model.allowedCiTypes() : List.of());
		if (resubmission) {
			this.process.resubmit(facts);
		}
		else {
			change.awaitsProcess();
			this.events.publishEvent(new ChangeProcessDue(key, facts.run(), null));
		}
		stepped(change);
		return change.view();
	}

	ChangeView withdraw(String key, String reason, String user, boolean changeManager) {
		ChangeRequest change = find(key);
		if (!changeManager) {
			requireRequester(change, user, "withdraw");
		}
		boolean running = change.state().isOpen();
		change.withdraw(reason, user);
		this.changes.flush();
		if (running) {
			this.events.publishEvent(new ChangeWithdrawalDue(key, change.run(), reason, user));
		}
		stepped(change);
		return change.view();
	}

	@Transactional(readOnly = true)
	KeysetPage<ChangeSummary> list(ChangeFilter filter, String after, int limit) {
		List<ChangeSummary> fetched = this.changes
			.findBy(filter.page(after),
					(query) -> query.sortBy(Sort.by(Sort.Direction.DESC, "key")).limit(limit + 1).all())
			.stream()
			.map(ChangeRequest::summary)
			.toList();
		return KeysetPage.of(fetched, limit, ChangeSummary::key);
	}

	/**
	 * The changes in a state, oldest key first.
	 * @param state the state
	 * @return their summaries
	 */
	@Transactional(readOnly = true)
	public List<ChangeSummary> inState(ChangeState state) {
		return this.changes.findByStateOrderByKey(state).stream().map(ChangeRequest::summary).toList();
	}

	/**
	 * A change with its attachments and timeline.
	 * @param key the change key, e.g. CHG-000042
	 * @return the change
	 * @throws ApiException 404 when there is no such change
	 */
	@Transactional(readOnly = true)
	public ChangeView get(String key) {
		return find(key).view();
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
		ChangeRequest change = find(key);
		if (change.state().isOpen() && change.processInstanceKey() == null) {
			this.events.publishEvent(new ChangeProcessDue(key, change.run(), null));
		}
	}

	/**
	 * Whether a change has the key.
	 * @param key a business key, e.g. CHG-000042 (or a release key, which is no change)
	 * @return true for a change
	 */
	@Transactional(readOnly = true)
	public boolean exists(String key) {
		return key != null && this.changes.existsByKey(key);
	}

	/**
	 * The changes that wait for a release to implement them.
	 * @return their keys, oldest first
	 */
	@Transactional(readOnly = true)
	public List<String> readyForRelease() {
		return this.changes.findKeysByStateIn(List.of(ChangeState.READY_FOR_RELEASE));
	}

	/**
	 * The process of a change runs under a new engine handle (after the embedded engine
	 * restarted).
	 * @param key the change key
	 * @param processInstanceKey the new process instance key
	 */
	@Transactional
	public void runsAs(String key, long processInstanceKey) {
		this.changes.recordHandle(key, processInstanceKey);
	}

	/**
	 * What the process decides on, as it stands now.
	 * @param key the change key
	 * @return the facts
	 * @throws ApiException 404 when there is no such change
	 */
	@Transactional(readOnly = true)
	public ChangeFacts facts(String key) {
		ChangeRequest change = find(key);
		ChangeModel model = model(change);
		return change.facts((model != null) ? model.allowedCiTypes() : List.of());
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
	public void recordStep(String key, StepRecord step) {
		ChangeRequest change = find(key);
		change.record(step);
		stepped(change);
	}

	/**
	 * Appends what a person decided in the inbox to the timeline. Unlike
	 * {@link #recordStep} it neither moves the change nor writes its row: the process
	 * moves it when it takes the decision.
	 * @param key the change key
	 * @param step the decision
	 */
	public void recordDecision(String key, StepRecord step) {
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
	 * @throws ApiException 404 for an unknown change, 409 unless it is open
	 */
	public void classify(String key, ChangeClass changeClass, Risk risk, String priority, String by) {
		Objects.requireNonNull(changeClass, "changeClass");
		Objects.requireNonNull(risk, "risk");
		if (priority == null || !PRIORITY.matcher(priority).matches()) {
			throw ApiException.invalid("priority", "must be one of P1..P5, not " + priority);
		}
		ChangeRequest change = find(key);
		change.classify(changeClass, risk, priority, by);
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
		ChangeRequest change = find(key);
		change.requestInformation(question, by);
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
		ChangeRequest change = find(key);
		change.finish(finalState, reason, by);
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
		ChangeRequest change = find(key);
		change.reschedule(start, end, by);
		stepped(change);
	}

	/**
	 * Other changes holding a slot in the calendar (scheduling, in conflict or ready for
	 * release) whose window overlaps the given one and which touch at least one of the
	 * same configuration items.
	 * @param key the change to compare with (itself excluded)
	 * @param start start of the window
	 * @param end end of the window
	 * @return the overlapping changes, by key
	 * @throws ApiException 404 for an unknown change
	 */
	@Transactional(readOnly = true)
	public List<ChangeSummary> overlapping(String key, OffsetDateTime start, OffsetDateTime end) {
		Set<String> cis = Set.copyOf(find(key).affectedCis());
		return this.changes.inWindow(ChangeState.SCHEDULED, key, start, end)
			.stream()
			.filter((other) -> other.affectedCis().stream().anyMatch(cis::contains))
			.map(ChangeRequest::summary)
			.toList();
	}

	/**
	 * Another open change by the same requester with the same title (ignoring case and
	 * spacing) and the same configuration items.
	 * @param key the change to compare with
	 * @return the key of the oldest such change, if there is one
	 * @throws ApiException 404 for an unknown change
	 */
	@Transactional(readOnly = true)
	public Optional<String> openDuplicateOf(String key) {
		ChangeRequest change = find(key);
		return this.changes.findOpenDuplicate(key, change.requester(), change.details().title(),
				change.affectedCis().toArray(String[]::new),
				ChangeState.open().stream().map(ChangeState::name).toList());
	}

	/** Read-only work reads; work that may write takes the change's row lock first. */
	private ChangeRequest find(String key) {
		var change = TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? this.changes.findByKey(key)
				: this.changes.lockByKey(key);
		return change.orElseThrow(() -> ApiException.notFound("change", key));
	}

	/** Tells listeners where the change stands after a step. */
	private void stepped(ChangeRequest change) {
		this.events.publishEvent(
				new ChangeStepRecorded(change.key(), change.state(), change.currentStep(), change.currentStepName()));
	}

	private ChangeModel model(ChangeRequest change) {
		var id = change.details().changeModelId();
		return (id != null) ? this.models.findById(id).orElse(null) : null;
	}

	private static void requireRequester(ChangeRequest change, String user, String action) {
		if (!change.requester().equals(user)) {
			throw new ApiException(HttpStatus.FORBIDDEN, "Forbidden",
					"Only the requester can %s %s".formatted(action, change.key()), null);
		}
	}

}
