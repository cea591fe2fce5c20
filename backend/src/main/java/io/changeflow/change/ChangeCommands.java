package io.changeflow.change;

import io.changeflow.platform.ApiException;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What requesters and change managers do to requests for change through the API: draft,
 * edit, submit, withdraw. Only the database changes here; the process hears of it after
 * the commit. What the process reports is {@link ChangeProcessRecords}' business, reads
 * are {@link ChangeQueries}'.
 */
@Service
@Transactional
class ChangeCommands {

	private final ChangeRepository changes;

	private final ChangeModelRepository models;

	private final ChangeValidator validator;

	private final ChangeProcess process;

	private final ApplicationEventPublisher events;

	private final ChangeQueries queries;

	private final java.time.Clock clock = java.time.Clock.systemUTC();

	ChangeCommands(ChangeRepository changes, ChangeModelRepository models, ChangeValidator validator,
			ChangeProcess process, ApplicationEventPublisher events, ChangeQueries queries) {
		this.queries = queries;
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
		ChangeRequest saved = this.changes.save(change);
		this.events.publishEvent(saved.event("ChangeDrafted").by(requester).after(Map.of("rfc", body)));
		return this.queries.view(saved);
	}

	ChangeView update(String key, ChangeRequestBody body, String user) {
		ChangeRequest change = this.changes.require(key);
		requireRequester(change, user, "edit");
		change.requireEditable();
		if (change.state() != ChangeState.DRAFT) {
			// Submitted before: an edit may not take away what the process relies on.
			this.validator.requireComplete(body);
		}
		if (change.isApproved()) {
			// A revision goes through approval again: it may not plan the past either.
			requireFuture(this.validator.check(body));
		}
		boolean revision = change.isApproved();
		ChangeRequestBody before = ChangeRequestBody.of(change);
		change.edit(this.validator.check(body), ChangeValidator.affectedCis(body), body.incidentRefs());
		change.attach(body.attachments(), user);
		if (revision) {
			Long previous = change.processInstanceKey();
			change.revise(user);
			change.awaitsProcess();
			this.changes.flush();
			this.events.publishEvent(new ChangeProcessDue(key, change.run(), previous));
		}
		this.events.publishEvent(change.event(revision ? "ChangeRevised" : "ChangeEdited")
			.by(user)
			.before(Map.of("rfc", before))
			.after(Map.of("rfc", ChangeRequestBody.of(change))));
		return this.queries.view(change);
	}

	/**
	 * Submits a draft, or resubmits the answer to a request for information, once it has
	 * everything a submitted RFC needs (400 naming each missing field). Only the database
	 * changes here; the process starts (or the answer reaches it) after the commit, so a
	 * concurrent submit fails instead of starting a second process, and the process never
	 * sees a change its row does not know.
	 */
	ChangeView submit(String key, String user) {
		ChangeRequest change = this.changes.require(key);
		requireRequester(change, user, "submit");
		this.validator.requireComplete(ChangeRequestBody.of(change));
		requireFuture(change.details());
		ChangeModel model = this.models.modelOf(change);
		if (model != null && !model.active()) {
			throw ApiException.invalid("changeModelId",
					"The change model '%s' is no longer active; edit %s to follow another one".formatted(model.name(),
							key));
		}
		boolean resubmission = change.submit(user);
		this.changes.flush();
		ChangeFacts facts = ChangeFacts.of(change, (model != null) ? model.allowedCiTypes() : List.of());
		if (resubmission) {
			this.process.resubmit(facts);
		}
		else {
			change.awaitsProcess();
			this.events.publishEvent(new ChangeProcessDue(key, facts.run(), null));
		}
		this.events.publishEvent(ChangeStepRecorded.of(change));
		this.events.publishEvent(change.event(resubmission ? "InformationProvided" : "ChangeSubmitted")
			.by(user)
			.correlatedBy(Map.of("run", change.run())));
		return this.queries.view(change);
	}

	ChangeView withdraw(String key, String reason, String user, boolean changeManager) {
		ChangeRequest change = this.changes.require(key);
		if (!changeManager) {
			requireRequester(change, user, "withdraw");
		}
		boolean running = change.state().isOpen();
		change.withdraw(reason, user);
		this.changes.flush();
		if (running) {
			this.events.publishEvent(new ChangeWithdrawalDue(key, change.run(), reason, user));
		}
		this.events.publishEvent(ChangeStepRecorded.of(change));
		this.events.publishEvent(change.event("ChangeWithdrawn").by(user).after(Map.of("reason", reason)));
		return this.queries.view(change);
	}

	/**
	 * A submitted change may not plan its window in the past (a draft may hold any
	 * dates).
	 * @throws ApiException 400 naming plannedStart
	 */
	private void requireFuture(ChangeDetails details) {
		if (details.plannedStart() != null && details.plannedStart().toInstant().isBefore(this.clock.instant())) {
			throw ApiException.invalid("plannedStart", "The planned start is in the past: pick a time from now on.");
		}
	}

	private static void requireRequester(ChangeRequest change, String user, String action) {
		if (!change.requester().equals(user)) {
			throw new ApiException(HttpStatus.FORBIDDEN, "Forbidden",
					"Only the requester can %s %s".formatted(action, change.key()), null);
		}
	}

}
