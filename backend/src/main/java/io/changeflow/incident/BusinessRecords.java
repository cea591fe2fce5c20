package io.changeflow.incident;

import io.changeflow.timeline.TimelineStep;
import io.changeflow.change.ChangeProcessRecords;
import io.changeflow.change.ChangeQueries;
import io.changeflow.change.ChangeState;
import io.changeflow.platform.ApiException;
import io.changeflow.release.ReleaseInterventions;
import io.changeflow.release.ReleaseQueries;
import io.changeflow.task.HumanTaskService;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The change or release an incident stopped: who may act on it, its timeline, and its end
 * when its process is canceled.
 */
@Component
class BusinessRecords {

	private final ChangeQueries changes;

	private final ChangeProcessRecords changeRecords;

	private final ReleaseQueries releases;

	private final ReleaseInterventions interventions;

	private final HumanTaskService tasks;

	BusinessRecords(ChangeQueries changes, ChangeProcessRecords changeRecords, ReleaseQueries releases,
			ReleaseInterventions interventions, HumanTaskService tasks) {
		this.tasks = tasks;
		this.changes = changes;
		this.changeRecords = changeRecords;
		this.releases = releases;
		this.interventions = interventions;
	}

	IncidentView.Kind kindOf(String businessKey) {
		if (this.changes.exists(businessKey)) {
			return IncidentView.Kind.CHANGE;
		}
		return this.releases.exists(businessKey) ? IncidentView.Kind.RELEASE : IncidentView.Kind.OTHER;
	}

	/**
	 * Admins act on every incident, change managers on changes', release engineers on
	 * releases'.
	 */
	void requireAllowed(IncidentView.Kind kind, Set<String> roles) {
		boolean allowed = roles.contains("ADMIN")
				|| (kind == IncidentView.Kind.CHANGE && roles.contains("CHANGE_MANAGER"))
				|| (kind == IncidentView.Kind.RELEASE && roles.contains("RELEASE_ENGINEER"));
		if (!allowed) {
			String who = switch (kind) {
				case CHANGE -> "admins and change managers";
				case RELEASE -> "admins and release engineers";
				case OTHER -> "admins";
			};
			throw new ApiException(HttpStatus.FORBIDDEN, "Forbidden", "Only %s may act on this incident".formatted(who),
					null);
		}
	}

	void note(IncidentView incident, String stepName, String by, String outcome, String detail) {
		switch (incident.kind()) {
			case CHANGE -> this.changeRecords.recordDecision(incident.businessKey(),
					new TimelineStep<>(incident.elementId(), stepName, null, by, outcome, detail, null));
			case RELEASE ->
				this.interventions.note(incident.businessKey(), incident.elementId(), stepName, by, outcome, detail);
			case OTHER -> {
				// No business record to write on: the incident row is the whole record.
			}
		}
	}

	void end(IncidentView incident, String reason, String by) {
		if (incident.kind() != IncidentView.Kind.OTHER) {
			// The canceled instance will never complete them.
			this.tasks.cancelOpenOutside(incident.businessKey(), incident.elementId());
		}
		switch (incident.kind()) {
			case CHANGE -> this.changeRecords.finish(incident.businessKey(), ChangeState.WITHDRAWN, reason, by);
			case RELEASE -> this.interventions.fail(incident.businessKey(), incident.elementId(),
					"Canceled after incident", reason, by);
			case OTHER -> {
				// Likewise.
			}
		}
	}

}
