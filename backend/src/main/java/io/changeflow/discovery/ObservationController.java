package io.changeflow.discovery;

import io.changeflow.discovery.ObservationOutcome.BatchOutcome;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/cmdb/observations} for discovery tools, with
 * {@code Authorization: Bearer <changeflow.discovery.token>} ({@link DiscoveryToken}
 * checks it before the body is read). No session.
 */
@RestController
class ObservationController {

	private final Observations observations;

	ObservationController(Observations observations) {
		this.observations = observations;
	}

	/**
	 * Takes a batch: all of it, or (400, naming the field at fault) none of it. Sending
	 * the same batch id again answers the same and changes nothing.
	 */
	@PostMapping(DiscoveryApi.OBSERVATIONS_PATH)
	BatchOutcome receive(@Valid @RequestBody ObservationBatch batch) {
		return this.observations.receive(batch);
	}

}
