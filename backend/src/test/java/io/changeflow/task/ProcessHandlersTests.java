package io.changeflow.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.annotation.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The BPMN models are the single source of the processes: every job type they name has a
 * {@code @JobWorker}, and every user task's form is one the inbox knows, so a step added
 * to a model cannot wait forever for code that does not exist.
 */
class ProcessHandlersTests {

	@Test
	void everyJobTypeInTheModelsHasAWorker() throws Exception {
		Set<String> handled = workerTypes();
		List<String> unhandled = new ArrayList<>();
		for (BpmnModelInstance model : models()) {
			Stream.concat(
					model.getModelElementsByType(ZeebeTaskDefinition.class).stream().map(ZeebeTaskDefinition::getType),
					model.getModelElementsByType(ZeebeExecutionListener.class)
						.stream()
						.map(ZeebeExecutionListener::getType))
				.filter((type) -> !handled.contains(type))
				.forEach(unhandled::add);
		}
		assertThat(handled).as("workers found").contains("io.camunda.zeebe:userTask", "change-step", "release-step");
		assertThat(unhandled).as("job types without a worker").isEmpty();
	}

	@Test
	void everyUserTaskHasAFormTheInboxKnows() throws Exception {
		List<String> unknown = new ArrayList<>();
		int userTasks = 0;
		for (BpmnModelInstance model : models()) {
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				userTasks++;
				String formKey = task
					.getChildElementsByType(io.camunda.zeebe.model.bpmn.instance.ExtensionElements.class)
					.stream()
					.flatMap((extensions) -> extensions.getChildElementsByType(ZeebeFormDefinition.class).stream())
					.map(ZeebeFormDefinition::getFormKey)
					.findFirst()
					.orElse(null);
				if (TaskKind.ofFormKey(formKey) == TaskKind.OTHER) {
					unknown.add(task.getId() + " (" + formKey + ")");
				}
			}
		}
		assertThat(userTasks).isGreaterThanOrEqualTo(12);
		assertThat(unknown).as("user tasks whose form the inbox does not know").isEmpty();
	}

	private static List<BpmnModelInstance> models() throws IOException {
		List<BpmnModelInstance> models = new ArrayList<>();
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:/bpmn/**/*.bpmn")) {
			try (InputStream in = resource.getInputStream()) {
				models.add(Bpmn.readModelFromStream(in));
			}
		}
		assertThat(models).as("models on the classpath").hasSizeGreaterThanOrEqualTo(2);
		return models;
	}

	private static Set<String> workerTypes() throws ClassNotFoundException {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
		Set<String> types = new TreeSet<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("io.changeflow")) {
			Arrays.stream(Class.forName(candidate.getBeanClassName()).getDeclaredMethods())
				.map((method) -> method.getAnnotation(JobWorker.class))
				.filter((worker) -> worker != null)
				.forEach((worker) -> types.add(worker.type()));
		}
		return types;
	}

}
