package io.changeflow.task;

import io.camunda.client.api.response.ActivatedJob;
import io.changeflow.engine.ProcessModels;
import io.changeflow.engine.ProcessModels.Deadline;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * When a task is due: the date the model gives the task, else the timer that ends its
 * step (the ECAB's hour), else the service level of the change's priority, so no task
 * waits without a due date.
 */
@Component
class TaskDueDates {

	private final ProcessModels models;

	private final ServiceLevels levels;

	TaskDueDates(ProcessModels models, ServiceLevels levels) {
		this.models = models;
		this.levels = levels;
	}

	/**
	 * @param job the task's job: its step, in the model version its instance runs
	 * @param scheduled the due date the model set on the task, or null
	 * @param variables the process variables the worker fetched
	 * @param priority P1..P5, or null (release tasks)
	 * @param opened when the task opened
	 */
	Instant dueAt(ActivatedJob job, String scheduled, Map<String, Object> variables, String priority, Instant opened) {
		return parse(scheduled).or(() -> this.models.deadline(job).flatMap((d) -> due(d, variables, opened)))
			.orElseGet(() -> opened.plus(this.levels.of(priority)));
	}

	private static Optional<Instant> due(Deadline deadline, Map<String, Object> variables, Instant opened) {
		String value = deadline.variable()
			.map((name) -> variables.get(name))
			.map(Object::toString)
			.orElse(deadline.expression().startsWith("=") ? null : deadline.expression());
		if (value == null) {
			return Optional.empty();
		}
		if (deadline.date()) {
			return parse(value);
		}
		try {
			return Optional.of(opened.plus(Duration.parse(value)));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** ISO date-times with an offset, and with a zone too (as FEEL writes them). */
	private static Optional<Instant> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(ZonedDateTime.parse(value, DateTimeFormatter.ISO_DATE_TIME).toInstant());
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * How long a task may wait for people, by the priority of its change
	 * ({@code changeflow.task.service-levels.P1=PT4H}).
	 *
	 * @param serviceLevels per priority
	 * @param defaultServiceLevel for tasks without a priority (releases) or one not
	 * listed
	 */
	@ConfigurationProperties("changeflow.task")
	record ServiceLevels(@DefaultValue Map<String, Duration> serviceLevels,
			@DefaultValue("P3D") Duration defaultServiceLevel) {

		Duration of(String priority) {
			// Keys as written in any case: P1 or p1.
			return this.serviceLevels.entrySet()
				.stream()
				.filter((level) -> level.getKey().equalsIgnoreCase(priority))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(this.defaultServiceLevel);
		}

	}

}
