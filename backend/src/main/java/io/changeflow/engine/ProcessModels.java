package io.changeflow.engine;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperty;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The deployed BPMN models as the app reads them: the name a person gives a step and the
 * custom properties the model sets on it (e.g. the change state an element stands for),
 * so the mapping from steps to states lives in the model, not in code.
 */
@Component
public class ProcessModels {

	private final Map<String, Element> elements = new HashMap<>();

	ProcessModels() throws IOException {
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:/bpmn/**/*.bpmn")) {
			try (InputStream in = resource.getInputStream()) {
				index(Bpmn.readModelFromStream(in));
			}
		}
	}

	private void index(BpmnModelInstance model) {
		for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
			Map<String, String> properties = new HashMap<>();
			model.getModelElementsByType(ZeebeProperty.class)
				.stream()
				.filter((property) -> isInside(property, element))
				.forEach((property) -> properties.put(property.getName(), property.getValue()));
			this.elements.put(element.getId(), new Element(element.getId(),
					(element.getName() != null) ? element.getName().replace('\n', ' ') : element.getId(), properties));
		}
	}

	private static boolean isInside(ZeebeProperty property, FlowElement element) {
		var parent = property.getParentElement();
		while (parent != null) {
			if (parent == element) {
				return true;
			}
			parent = parent.getParentElement();
		}
		return false;
	}

	/**
	 * An element of a deployed model by id (ids are unique across our models by
	 * convention).
	 * @param elementId the BPMN element id
	 * @return the element, if a model has it
	 */
	public Optional<Element> element(String elementId) {
		return Optional.ofNullable(this.elements.get(elementId));
	}

	/**
	 * A step of a process as people see it.
	 *
	 * @param id the element id
	 * @param name the label in the diagram
	 * @param properties the zeebe:properties set on it
	 */
	public record Element(String id, String name, Map<String, String> properties) {

		public Optional<String> property(String name) {
			return Optional.ofNullable(this.properties.get(name));
		}

	}

}
