package io.changeflow.incident;

import io.changeflow.audit.DomainEvent;
import io.changeflow.engine.EngineEpoch;
import io.changeflow.platform.ApiException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incidents on the record: written when a job runs out of retries, read by the pages,
 * concluded when a person retried or canceled. Engine calls happen elsewhere
 * ({@link IncidentActions}), never inside these transactions.
 */
@Service
@Transactional
public class IncidentService {

	private static final int LIST_LIMIT = 500;

	private final IncidentRepository incidents;

	private final BusinessRecords records;

	private final EngineEpoch epoch;

	private final Clock clock = Clock.systemUTC();

	private final ApplicationEventPublisher events;

	IncidentService(IncidentRepository incidents, BusinessRecords records, EngineEpoch epoch,
			ApplicationEventPublisher events) {
		this.events = events;
		this.incidents = incidents;
		this.records = records;
		this.epoch = epoch;
	}

	/** In its own transaction: a worker's failure must not take the record with it. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void record(FailedJob job) {
		this.incidents.upsert(UUID.randomUUID(), job.businessKey(), job.elementId(), job.jobType(), job.jobKey(),
				job.processInstanceKey(), this.epoch.id(), job.errorMessage(), this.clock.instant());
		if (job.businessKey() != null) {
			this.events.publishEvent(audit("IncidentRaised", this.records.kindOf(job.businessKey()), job.businessKey())
				.by("system:" + job.jobType())
				.after(Map.of("element", job.elementId(), "error", String.valueOf(job.errorMessage()))));
		}
	}

	/**
	 * The incidents, latest failure first.
	 * @param state only those in this state, or null for all
	 * @param businessKey only those of this change or release, or null for all
	 * @return at most 500 of them
	 */
	@Transactional(readOnly = true)
	public List<IncidentView> list(IncidentState state, String businessKey) {
		return this.incidents.find(state, businessKey, Limit.of(LIST_LIMIT))
			.stream()
			.map((incident) -> incident.view(this.records.kindOf(incident.businessKey())))
			.toList();
	}

	/** Checks that the user may act on the open incident now; returns what to act on. */
	@Transactional(readOnly = true)
	IncidentView actionable(UUID id, Set<String> roles) {
		Incident incident = this.incidents.findById(id)
			.orElseThrow(() -> ApiException.notFound("incident", id.toString()));
		IncidentView.Kind kind = this.records.kindOf(incident.businessKey());
		this.records.requireAllowed(kind, roles);
		incident.requireActionable(this.epoch.id());
		return incident.view(kind);
	}

	/**
	 * The job has retries again and its engine incident is resolved. If it already failed
	 * again meanwhile (more failures than the person saw), it stays open.
	 */
	IncidentView retried(IncidentView seen, String by) {
		Incident incident = lock(seen.id());
		incident.requireOpen();
		if (incident.failures() == seen.failures()) {
			incident.retried(by, this.clock.instant());
		}
		IncidentView view = incident.view(this.records.kindOf(incident.businessKey()));
		this.records.note(view, "Incident retried", by, "retried", view.errorMessage());
		this.events.publishEvent(audit("IncidentRetried", view.kind(), view.businessKey()).by(by)
			.correlatedBy(Map.of("incident", view.id().toString(), "element", view.elementId())));
		return view;
	}

	/** The process instance is canceled: the change or release ends with the reason. */
	IncidentView canceled(UUID id, String reason, String by) {
		Incident incident = lock(id);
		incident.requireOpen();
		incident.canceled(by, this.clock.instant(), reason);
		IncidentView view = incident.view(this.records.kindOf(incident.businessKey()));
		this.records.end(view, "Canceled after incident: " + reason, by);
		this.events.publishEvent(audit("IncidentCanceled", view.kind(), view.businessKey()).by(by)
			.after(Map.of("reason", reason))
			.correlatedBy(Map.of("incident", view.id().toString(), "element", view.elementId())));
		return view;
	}

	private static DomainEvent audit(String action, IncidentView.Kind kind, String businessKey) {
		return DomainEvent.of(action, (kind == null || kind == IncidentView.Kind.OTHER) ? "SYSTEM" : kind.name(),
				businessKey);
	}

	private Incident lock(UUID id) {
		return this.incidents.lockById(id).orElseThrow(() -> ApiException.notFound("incident", id.toString()));
	}

}
