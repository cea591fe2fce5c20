package io.changeflow.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Asks the engine whether a process instance is alive. Neither the embedded engine nor a
 * gRPC-only client has a query for that, so the probe writes one harmless variable
 * ({@code reconciledAt}): the engine refuses it with NOT_FOUND when the instance is gone.
 */
@Component
public class EngineInstances {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final CamundaClient engine;

	EngineInstances(CamundaClient engine) {
		this.engine = engine;
	}

	/**
	 * Whether the instance is still running.
	 * @param processInstanceKey the engine handle
	 * @return false when the engine does not know it (ended, or lost by a restart)
	 * @throws ClientStatusException when the engine cannot answer
	 */
	public boolean isAlive(long processInstanceKey) {
		try {
			this.engine.newSetVariablesCommand(processInstanceKey)
				.variables(Map.of("reconciledAt", Instant.now().toString()))
				.local(true)
				.send()
				.join(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (ClientStatusException ex) {
			if (ex.getStatus().getCode() == Status.Code.NOT_FOUND) {
				return false;
			}
			throw ex;
		}
	}

}
