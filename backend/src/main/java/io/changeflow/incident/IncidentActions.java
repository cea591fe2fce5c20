package io.changeflow.incident;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.changeflow.engine.EngineIncidents;
import io.changeflow.platform.ApiException;
import io.grpc.Status;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Retry and cancel: check on the record, tell the engine (outside any transaction), then
 * write the outcome. When the engine cannot be reached the incident stays open and the
 * caller hears 503; both engine steps are safe to repeat.
 */
@Component
class IncidentActions {

	private static final Logger log = LoggerFactory.getLogger(IncidentActions.class);

	/** As many as a job gets from the models (none sets its own). */
	static final int RETRIES = 3;

	private final IncidentService incidents;

	private final CamundaClient engine;

	private final EngineIncidents engineIncidents;

	IncidentActions(IncidentService incidents, CamundaClient engine, EngineIncidents engineIncidents) {
		this.incidents = incidents;
		this.engine = engine;
		this.engineIncidents = engineIncidents;
	}

	IncidentView retry(UUID id, String user, Set<String> roles) {
		IncidentView incident = this.incidents.actionable(id, roles);
		try {
			this.engine.newUpdateRetriesCommand(incident.jobKey()).retries(RETRIES).send().join();
			// Without retries the engine refuses to resolve; with them, resolving
			// re-activates the job.
			this.engineIncidents.incidentOf(incident.jobKey())
				.ifPresent((key) -> this.engine.newResolveIncidentCommand(key).send().join());
		}
		catch (ClientStatusException ex) {
			if (ex.getStatus().getCode() == Status.Code.NOT_FOUND) {
				throw new ApiException(HttpStatus.CONFLICT, "Job gone",
						"The engine no longer has job %d: its process ended; cancel the incident instead"
							.formatted(incident.jobKey()),
						null);
			}
			throw unavailable("retry", incident, ex);
		}
		catch (RuntimeException ex) {
			throw unavailable("retry", incident, ex);
		}
		return this.incidents.retried(incident, user);
	}

	IncidentView cancel(UUID id, String reason, String user, Set<String> roles) {
		IncidentView incident = this.incidents.actionable(id, roles);
		try {
			this.engine.newCancelInstanceCommand(incident.processInstanceKey()).send().join();
		}
		catch (ClientStatusException ex) {
			if (ex.getStatus().getCode() != Status.Code.NOT_FOUND) {
				throw unavailable("cancel", incident, ex);
			}
			// Gone already (an earlier cancel whose outcome was not written): end the
			// record.
		}
		catch (RuntimeException ex) {
			throw unavailable("cancel", incident, ex);
		}
		return this.incidents.canceled(id, reason, user);
	}

	private static ApiException unavailable(String action, IncidentView incident, RuntimeException ex) {
		log.warn("Could not {} incident {} (job {}): {}", action, incident.id(), incident.jobKey(), ex.toString());
		return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Engine unavailable",
				"The engine did not take the %s; the incident stays open, try again".formatted(action), null);
	}

}
