package io.changeflow.engine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Incidents of the embedded engine, read from its in-process record stream: it offers
 * gRPC only, without the search API a cluster has.
 */
@Component
@ConditionalOnProperty(name = "changeflow.engine.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedEngineIncidents implements EngineIncidents {

	private final ZeebeTestEngine engine;

	EmbeddedEngineIncidents(ZeebeTestEngine engine) {
		this.engine = engine;
	}

	@Override
	public Optional<Long> incidentOf(long jobKey) {
		Long created = null;
		Set<Long> resolved = new HashSet<>();
		for (Record<?> record : this.engine.getRecordStreamSource().getRecords()) {
			if (record.getValueType() != ValueType.INCIDENT || record.getRecordType() != RecordType.EVENT
					|| ((IncidentRecordValue) record.getValue()).getJobKey() != jobKey) {
				continue;
			}
			if (record.getIntent() == IncidentIntent.CREATED) {
				// A job retried and failed again gets a new incident: the latest one
				// counts.
				created = record.getKey();
			}
			else if (record.getIntent() == IncidentIntent.RESOLVED) {
				resolved.add(record.getKey());
			}
		}
		return Optional.ofNullable(created).filter((key) -> !resolved.contains(key));
	}

}
