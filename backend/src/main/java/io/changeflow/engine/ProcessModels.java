package io.changeflow.engine;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperty;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

	private final Map<String, String> diagrams = new HashMap<>();

	private final Map<String, Deadline> deadlines = new HashMap<>();

	private final Map<String, String> decisionDigests = new HashMap<>();

	private final ProcessModelHistory history;

	/**
	 * Steps and deadlines of the versions instances run on, read from the database once
	 * each.
	 */
	private final Map<String, Steps> versionSteps = new ConcurrentHashMap<>();

	/** Our version of each engine version in this epoch (it never changes in one). */
	private final Map<String, Optional<Integer>> versions = new ConcurrentHashMap<>();

	ProcessModels(ProcessModelHistory history) throws IOException {
		this.history = history;
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:/dmn/**/*.dmn")) {
			byte[] dmn = resource.getContentAsByteArray();
			String digest = java.util.HexFormat.of().formatHex(sha256().digest(dmn)).substring(0, 16);
			java.util.regex.Matcher ids = java.util.regex.Pattern.compile("<decision id=\"([^\"]+)\"")
				.matcher(new String(dmn, StandardCharsets.UTF_8));
			while (ids.find()) {
				this.decisionDigests.put(ids.group(1), digest);
			}
		}
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:/bpmn/**/*.bpmn")) {
			String xml = resource.getContentAsString(StandardCharsets.UTF_8);
			BpmnModelInstance model = Bpmn
				.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
			index(model);
			this.deadlines.putAll(deadlinesOf(model));
			model.getModelElementsByType(Process.class).forEach((process) -> this.diagrams.put(process.getId(), xml));
		}
	}

	private void index(BpmnModelInstance model) {
		this.elements.putAll(elementsOf(model));
	}

	private static Map<String, Element> elementsOf(BpmnModelInstance model) {
		Map<String, Element> elements = new HashMap<>();
		for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
			Map<String, String> properties = new HashMap<>();
			model.getModelElementsByType(ZeebeProperty.class)
				.stream()
				.filter((property) -> isInside(property, element))
				.forEach((property) -> properties.put(property.getName(), property.getValue()));
			elements.put(element.getId(),
					new Element(element.getId(),
							(element.getName() != null) ? element.getName().replace('\n', ' ') : element.getId(),
							properties, element instanceof UserTask));
		}
		return elements;
	}

	/**
	 * Which version of a decision table the app deployed, by content: the first 16 hex
	 * digits of the SHA-256 of its DMN file. Unlike the engine's version number it is the
	 * same on every engine and after the embedded engine lost its state.
	 * @param decisionId the decision id, such as {@code change_classification}
	 * @return the digest, or empty for an unknown decision
	 */
	public Optional<String> decisionDigest(String decisionId) {
		return Optional.ofNullable(this.decisionDigests.get(decisionId));
	}

	private static java.security.MessageDigest sha256() {
		try {
			return java.security.MessageDigest.getInstance("SHA-256");
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The timers that end a step (interrupting boundary timers), by the step they end.
	 */
	private static Map<String, Deadline> deadlinesOf(BpmnModelInstance model) {
		Map<String, Deadline> deadlines = new HashMap<>();
		for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
			if (!boundary.cancelActivity() || boundary.getAttachedTo() == null) {
				continue;
			}
			boundary.getEventDefinitions()
				.stream()
				.filter(TimerEventDefinition.class::isInstance)
				.map(TimerEventDefinition.class::cast)
				.findFirst()
				.ifPresent((timer) -> {
					if (timer.getTimeDate() != null) {
						deadlines.put(boundary.getAttachedTo().getId(),
								new Deadline(timer.getTimeDate().getTextContent().strip(), true));
					}
					else if (timer.getTimeDuration() != null) {
						deadlines.put(boundary.getAttachedTo().getId(),
								new Deadline(timer.getTimeDuration().getTextContent().strip(), false));
					}
				});
		}
		return deadlines;
	}

	/**
	 * Whether the property is set on this element itself: a subprocess does not take the
	 * properties of the steps inside it.
	 */
	private static boolean isInside(ZeebeProperty property, FlowElement element) {
		var parent = property.getParentElement();
		while (parent != null && !(parent instanceof FlowElement)) {
			parent = parent.getParentElement();
		}
		return parent == element;
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
	 * The step a job is at, as the model version its instance runs names it: an instance
	 * started before a newer model was deployed keeps its version's names and states.
	 * @param job the job the engine handed out
	 * @return the element, if a model has it
	 */
	public Optional<Element> element(ActivatedJob job) {
		return element(job.getBpmnProcessId(), job.getProcessDefinitionVersion(), job.getElementId());
	}

	/**
	 * A step of the model version an instance runs.
	 * @param processId the BPMN process id
	 * @param engineVersion the engine's version of the process the instance runs
	 * @param elementId the BPMN element id
	 * @return the element of that version, or of the model in the jar when the version
	 * was not recorded
	 */
	public Optional<Element> element(String processId, int engineVersion, String elementId) {
		return stepsOf(processId, ourVersion(processId, engineVersion)).element(elementId).or(() -> element(elementId));
	}

	/**
	 * A step of a version of a model, as a change or release records it
	 * ({@code modelVersion}).
	 * @param processId the BPMN process id
	 * @param version our version of the model; null for one that started before versions
	 * were recorded
	 * @param elementId the BPMN element id
	 * @return the element of that version, or of the model in the jar when the version is
	 * unknown or lacks the element
	 */
	public Optional<Element> elementOfVersion(String processId, Integer version, String elementId) {
		return stepsOf(processId, Optional.ofNullable(version)).element(elementId).or(() -> element(elementId));
	}

	/**
	 * The timer that ends the step a job is at, in the model version its instance runs:
	 * the deadline a task shows is the one its instance will keep.
	 * @param job the job the engine handed out
	 * @return its deadline, if that version gives the step one
	 */
	public Optional<Deadline> deadline(ActivatedJob job) {
		Steps steps = stepsOf(job.getBpmnProcessId(),
				ourVersion(job.getBpmnProcessId(), job.getProcessDefinitionVersion()));
		return steps.known() ? steps.deadline(job.getElementId()) : deadline(job.getElementId());
	}

	private Optional<Integer> ourVersion(String processId, int engineVersion) {
		return this.versions.computeIfAbsent(processId + ":" + engineVersion,
				(key) -> this.history.versionOf(processId, engineVersion));
	}

	private Steps stepsOf(String processId, Optional<Integer> version) {
		if (version.isEmpty()) {
			return Steps.UNKNOWN;
		}
		return this.versionSteps.computeIfAbsent(processId + ":" + version.get(),
				(key) -> this.history.xml(processId, version.get()).map((xml) -> {
					BpmnModelInstance model = Bpmn
						.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
					return new Steps(true, elementsOf(model), deadlinesOf(model));
				}).orElse(Steps.UNKNOWN));
	}

	/**
	 * The timer that ends a step when nobody finished it in time, e.g. the ECAB's one
	 * hour.
	 * @param elementId the BPMN element id of the step
	 * @return its deadline, if the model gives the step one
	 */
	public Optional<Deadline> deadline(String elementId) {
		return Optional.ofNullable(this.deadlines.get(elementId));
	}

	/**
	 * The BPMN XML of a deployed process, for the diagram the UI draws.
	 * @param processId the BPMN process id, e.g. {@code change_request}
	 * @return the XML, if a model defines that process
	 */
	public Optional<String> diagram(String processId) {
		return Optional.ofNullable(this.diagrams.get(processId));
	}

	/**
	 * The BPMN XML of the version of a process an instance runs: a running instance stays
	 * on the version it started on, also after a newer one was deployed.
	 * @param processId the BPMN process id, e.g. {@code change_request}
	 * @param version our version of the model ({@link ProcessModelHistory}); null for the
	 * one new instances start on now
	 * @return the XML, if that version of that process is known (a change that started
	 * before versions were recorded gets the model in the jar)
	 */
	public Optional<String> diagram(String processId, Integer version) {
		Integer chosen = (version != null) ? version : this.history.current(processId).orElse(null);
		if (chosen == null) {
			return diagram(processId);
		}
		return this.history.xml(processId, chosen);
	}

	/**
	 * A step of a process as people see it.
	 *
	 * @param id the element id
	 * @param name the label in the diagram
	 * @param properties the zeebe:properties set on it
	 * @param waitsForPerson a user task: while a process stands here, someone has an open
	 * task
	 */
	public record Element(String id, String name, Map<String, String> properties, boolean waitsForPerson) {

		public Optional<String> property(String name) {
			return Optional.ofNullable(this.properties.get(name));
		}

	}

	/**
	 * An interrupting timer on a step, as the model writes it.
	 *
	 * @param expression a literal ({@code PT1H}) or a FEEL expression
	 * ({@code =ecabTimeout})
	 * @param date the timer is a date (due then) rather than a duration (due that long
	 * after the step started)
	 */
	public record Deadline(String expression, boolean date) {

		/**
		 * The variable the expression reads, when it is just a variable.
		 * @return its name, empty for a literal or a longer expression
		 */
		public Optional<String> variable() {
			String name = this.expression.startsWith("=") ? this.expression.substring(1).strip() : "";
			return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? Optional.of(name) : Optional.empty();
		}

	}

	/**
	 * The steps of one version of a model; {@code known} is false when none was found.
	 */
	private record Steps(boolean known, Map<String, Element> elements, Map<String, Deadline> deadlines) {

		static final Steps UNKNOWN = new Steps(false, Map.of(), Map.of());

		Optional<Element> element(String elementId) {
			return Optional.ofNullable(this.elements.get(elementId));
		}

		Optional<Deadline> deadline(String elementId) {
			return Optional.ofNullable(this.deadlines.get(elementId));
		}

	}

}
