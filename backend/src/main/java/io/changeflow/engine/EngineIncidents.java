package io.changeflow.engine;

import java.util.Optional;

/**
 * The engine's own incidents. Failing a job on its last retry makes the engine raise an
 * incident, but the fail command does not say which one; resolving it needs its key.
 */
public interface EngineIncidents {

	/**
	 * The unresolved incident the engine raised for a job.
	 * @param jobKey the job key (of the current engine epoch)
	 * @return the incident key, empty when the job has no unresolved incident
	 */
	Optional<Long> incidentOf(long jobKey);

}
