package io.changeflow.release;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.changeflow.engine.ProcessModelHistory;
import io.changeflow.engine.StartedInstance;
import io.grpc.Status;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The {@code release} process on Zeebe: started at the build, told to back out by message
 * (correlated by release key), and the messages it sends to the changes it implements
 * (correlated by change key).
 */
@Component
class ReleaseProcess {

	static final String PROCESS_ID = "release";

	/** Long enough for a change process recreated after a restart to pick it up. */
	private static final Duration CHANGE_MESSAGE_TTL = Duration.ofHours(1);

	private final CamundaClient engine;

	private final ProcessModelHistory models;

	ReleaseProcess(CamundaClient engine, ProcessModelHistory models) {
		this.engine = engine;
		this.models = models;
	}

	/**
	 * Starts the process with variables read before (outside any transaction).
	 */
	StartedInstance start(Map<String, Object> variables) {
		return create(variables);
	}

	/** The contract's start variables. */
	Map<String, Object> variables(Release release, String builder) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("releaseKey", release.key());
		variables.put("title", release.plan().name());
		variables.put("builder", builder);
		// The builder implements the release: the inbox keeps them from accepting it.
		variables.put("implementer", builder);
		variables.put("changeKeys", release.changeKeys());
		variables.put("waves", release.waves().stream().map(Wave::variables).toList());
		variables.put("artifacts", artifacts(release));
		variables.put("deployedWaves", List.of());
		return variables;
	}

	private StartedInstance create(Map<String, Object> variables) {
		return this.models.started(this.engine.newCreateInstanceCommand()
			.bpmnProcessId(PROCESS_ID)
			.latestVersion()
			.variables(variables)
			.send()
			.join());
	}

	/** Artifacts registered after the build started still reach the checksum gateway. */
	void updateArtifacts(long processInstanceKey, List<Map<String, Object>> artifacts) {
		this.engine.newSetVariablesCommand(processInstanceKey).variables(Map.of("artifacts", artifacts)).send().join();
	}

	/** A release backs out once: the message id makes a repeated delivery a no-op. */
	void backOut(String releaseKey, String releaseId, String reason, String by) {
		try {
			this.engine.newPublishMessageCommand()
				.messageName("release_back_out")
				.correlationKey(releaseKey)
				.messageId("release_back_out:" + releaseId)
				.variables(Map.of("backOutReason", reason, "backOutBy", by))
				.timeToLive(Duration.ofMinutes(1))
				.send()
				.join();
		}
		catch (ClientStatusException ex) {
			if (ex.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
				throw ex;
			}
		}
	}

	/**
	 * Tells a change's process that the release implemented it or backed it out. The
	 * message id makes a second delivery of the same news a no-op; it names the release
	 * by its identity, not its key, which an emptied database hands out again while the
	 * engine still remembers the id.
	 */
	void tellChange(String messageName, String changeKey, ReleaseFacts release) {
		String releaseKey = release.key();
		try {
			this.engine.newPublishMessageCommand()
				.messageName(messageName)
				.correlationKey(changeKey)
				.messageId(messageName + ":" + release.id() + ":" + changeKey)
				.variables(Map.of("releaseKey", releaseKey))
				.timeToLive(CHANGE_MESSAGE_TTL)
				.send()
				.join();
		}
		catch (ClientStatusException ex) {
			if (ex.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
				throw ex;
			}
		}
	}

	static List<Map<String, Object>> artifacts(Release release) {
		return release.artifacts().stream().map(Artifact::variables).toList();
	}

}
