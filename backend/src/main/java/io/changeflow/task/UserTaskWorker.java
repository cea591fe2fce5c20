package io.changeflow.task;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.changeflow.engine.ProcessModels;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Job-worker user tasks: the engine hands each one out as a job of type
 * {@code io.camunda.zeebe:userTask}; it stays activated (not completed) until a person
 * decides, so the timeout is long.
 */
@Component
public class UserTaskWorker {

	static final String HEADER = "io.camunda.zeebe:";

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final HumanTaskService tasks;

	private final ProcessModels models;

	private final ObjectMapper json;

	private final List<ProcessRuns> runs;

	private final TaskDueDates dueDates;

	UserTaskWorker(HumanTaskService tasks, ProcessModels models, ObjectMapper json, List<ProcessRuns> runs,
			TaskDueDates dueDates) {
		this.tasks = tasks;
		this.dueDates = dueDates;
		this.models = models;
		this.json = json;
		this.runs = runs;
	}

	@JobWorker(type = "io.camunda.zeebe:userTask", autoComplete = false, timeout = 30L * 24 * 3600 * 1000,
			fetchVariables = { "changeKey", "releaseKey", "run", "title", "requester", "implementer", "priority",
					"approver",
					// The durations of the timers that end a step, for its due date.
					"ecabTimeout", "informationTimeout" })
	public void userTaskOpened(ActivatedJob job) throws IOException {
		Map<String, Object> variables = job.getVariablesAsMap();
		Map<String, String> headers = job.getCustomHeaders();
		// A change's tasks belong to the change, a release's to the release.
		String businessKey = (variables.get("changeKey") != null) ? text(variables.get("changeKey"))
				: text(variables.get("releaseKey"));
		String run = text(variables.get("run"));
		if (businessKey != null && !this.runs.stream().allMatch((owner) -> owner.isCurrent(businessKey, run))) {
			// Left by a run its record replaced: nobody is to act on it.
			return;
		}
		List<String> approverRoles = List.of();
		if (variables.get("approver") instanceof Map<?, ?> approver && approver.get("roles") instanceof List<?> roles) {
			approverRoles = roles.stream().map(String::valueOf).toList();
		}
		String title = this.models.element(job).map(ProcessModels.Element::name).orElse(job.getElementId());
		this.tasks
			.open(new OpenedTask(job.getKey(), job.getProcessInstanceKey(), job.getElementId(),
					job.getElementInstanceKey(),
					(businessKey != null) ? businessKey : "PI-" + job.getProcessInstanceKey(),
					text(variables.get("title")), title, headers.get(HEADER + "formKey"),
					headers.get(HEADER + "assignee"), list(headers.get(HEADER + "candidateGroups")),
					list(headers.get(HEADER + "candidateUsers")), text(variables.get("requester")),
					text(variables.get("implementer")), approverRoles, this.dueDates.dueAt(job,
							headers.get(HEADER + "dueDate"), variables, text(variables.get("priority")), Instant.now()),
					text(variables.get("priority"))));
	}

	private List<String> list(String jsonArray) throws IOException {
		return (jsonArray == null || jsonArray.isBlank()) ? List.of() : this.json.readValue(jsonArray, STRINGS);
	}

	private static String text(Object value) {
		return (value == null) ? null : value.toString();
	}

}
