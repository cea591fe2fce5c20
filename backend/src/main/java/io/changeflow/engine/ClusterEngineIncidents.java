package io.changeflow.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.Incident;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Incidents of a Camunda cluster, found with its search API (the secondary storage is
 * eventually consistent: an incident raised a moment ago may not be found yet).
 */
@Component
@ConditionalOnProperty(name = "changeflow.engine.embedded", havingValue = "false")
class ClusterEngineIncidents implements EngineIncidents {

	private final CamundaClient camunda;

	ClusterEngineIncidents(CamundaClient camunda) {
		this.camunda = camunda;
	}

	@Override
	public Optional<Long> incidentOf(long jobKey) {
		return this.camunda.newIncidentSearchRequest()
			.filter((incident) -> incident.jobKey(jobKey).state(IncidentState.ACTIVE))
			.send()
			.join()
			.items()
			.stream()
			.map(Incident::getIncidentKey)
			.findFirst();
	}

}
