package io.changeflow.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.lifecycle.CamundaClientLifecycleAware;
import io.changeflow.engine.ProcessModelHistory.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every model of the processes module at start, and records each in
 * {@link ProcessModelHistory}. Zeebe keeps a version per resource and skips resources
 * whose content did not change, and recording is idempotent by checksum, so this is safe
 * on every start of every replica. Instances started before keep running on the version
 * they started on.
 */
@Component
public class ProcessDeployment implements CamundaClientLifecycleAware {

	private final ProcessModelHistory history;

	ProcessDeployment(ProcessModelHistory history) {
		this.history = history;
	}

	@Override
	public void onStart(CamundaClient client) {
		deploy(client, classpathModels());
	}

	@Override
	public void onStop(CamundaClient client) {
	}

	/**
	 * Deploys models in one deployment (so a process and the decisions it calls arrive
	 * together) and records what the engine made of them.
	 * @param client the engine
	 * @param models the XML of each model by its file name ({@code .bpmn} or
	 * {@code .dmn})
	 */
	public void deploy(CamundaClient client, Map<String, String> models) {
		DeployResourceCommandStep2 command = null;
		for (Map.Entry<String, String> model : models.entrySet()) {
			byte[] bytes = model.getValue().getBytes(StandardCharsets.UTF_8);
			command = (command == null) ? client.newDeployResourceCommand().addResourceBytes(bytes, model.getKey())
					: command.addResourceBytes(bytes, model.getKey());
		}
		if (command == null) {
			return;
		}
		DeploymentEvent deployment = command.send().join();
		deployment.getProcesses()
			.forEach((process) -> this.history.record(Kind.BPMN, process.getBpmnProcessId(), process.getResourceName(),
					models.get(process.getResourceName()), process.getVersion()));
		deployment.getDecisionRequirements()
			.forEach((decisions) -> this.history.record(Kind.DMN, decisions.getDmnDecisionRequirementsId(),
					decisions.getResourceName(), models.get(decisions.getResourceName()), decisions.getVersion()));
	}

	/**
	 * The models in the jar, by file name.
	 * @return the XML of each
	 */
	public static Map<String, String> classpathModels() {
		Map<String, String> models = new LinkedHashMap<>();
		try {
			for (String pattern : new String[] { "classpath*:/bpmn/**/*.bpmn", "classpath*:/dmn/**/*.dmn" }) {
				for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
					models.put(resource.getFilename(), resource.getContentAsString(StandardCharsets.UTF_8));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return models;
	}

}
