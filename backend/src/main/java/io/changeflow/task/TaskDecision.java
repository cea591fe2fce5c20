package io.changeflow.task;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.changeflow.platform.ApiException;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a person decided on a task. One body for every kind; which fields are needed and
 * allowed depends on the kind, checked by {@link #variablesFor(TaskKind)}.
 *
 * @param decision approve / reject / abstain, accept / request_information / reclassify,
 * implemented / backed_out; for releases accept / reject, approve / reject, start, go /
 * no_go
 * @param comment why; required for rejections, requests for information and no-go
 * @param changeClass a new class when reclassifying
 * @param risk a new risk when reclassifying
 * @param plannedStart a new window start when resolving a schedule conflict
 * @param plannedEnd a new window end
 * @param outcome the post-implementation review outcome
 * @param lessons what was learned (PIR)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskDecision(@Size(max = 40) String decision, @Size(max = 5000) String comment,
		@Size(max = 20) String changeClass, @Size(max = 20) String risk, OffsetDateTime plannedStart,
		OffsetDateTime plannedEnd, @Size(max = 40) String outcome, @Size(max = 5000) String lessons) {

	private static final Map<TaskKind, List<String>> DECISIONS = Map.ofEntries(
			Map.entry(TaskKind.REVIEW_RFC, List.of("accept", "reject", "request_information", "reclassify")),
			Map.entry(TaskKind.CAB_VOTE, List.of("approve", "reject", "abstain")),
			Map.entry(TaskKind.ECAB_APPROVAL, List.of("approve", "reject")),
			Map.entry(TaskKind.DECIDE_ESCALATED, List.of("approve", "reject")),
			Map.entry(TaskKind.READY_FOR_RELEASE, List.of("implemented", "backed_out")),
			Map.entry(TaskKind.ACCEPT_RELEASE, List.of("accept", "reject")),
			Map.entry(TaskKind.REVIEW_ROLLOUT_PLAN, List.of("approve", "reject")),
			Map.entry(TaskKind.START_ROLLOUT, List.of("start")), Map.entry(TaskKind.GO_NO_GO, List.of("go", "no_go")));

	private static final Set<String> PIR_OUTCOMES = Set.of("successful", "partially_successful", "failed",
			"backed_out");

	/**
	 * The process variables this decision completes a task of the kind with; 400 when it
	 * is not valid.
	 */
	Map<String, Object> variablesFor(TaskKind kind) {
		Map<String, Object> variables = new HashMap<>();
		switch (kind) {
			case REVIEW_RFC, CAB_VOTE, ECAB_APPROVAL, DECIDE_ESCALATED, READY_FOR_RELEASE, ACCEPT_RELEASE,
					REVIEW_ROLLOUT_PLAN, START_ROLLOUT, GO_NO_GO -> {
				List<String> allowed = DECISIONS.get(kind);
				if (this.decision == null || !allowed.contains(this.decision)) {
					throw ApiException.invalid("decision", "must be one of " + String.join(", ", allowed));
				}
				if (List.of("reject", "request_information", "no_go").contains(this.decision)
						&& isBlank(this.comment)) {
					throw ApiException.invalid("comment", "is required to " + this.decision.replace('_', ' '));
				}
				variables.put("decision", this.decision);
				variables.put("comment", this.comment);
				if ("reclassify".equals(this.decision)) {
					requireOneOf("changeClass", this.changeClass, List.of("STANDARD", "NORMAL", "EMERGENCY"));
					requireOneOf("risk", this.risk, List.of("LOW", "MEDIUM", "HIGH"));
					variables.put("newClass", this.changeClass);
					variables.put("newRisk", this.risk);
				}
			}
			case RESOLVE_CONFLICT -> {
				if (this.plannedStart == null) {
					throw ApiException.invalid("plannedStart", "is required");
				}
				if (this.plannedEnd == null || !this.plannedEnd.isAfter(this.plannedStart)) {
					throw ApiException.invalid("plannedEnd", "must be after plannedStart");
				}
				variables.put("plannedStart", this.plannedStart.toString());
				variables.put("plannedEnd", this.plannedEnd.toString());
				variables.put("comment", this.comment);
			}
			case PIR -> {
				requireOneOf("outcome", this.outcome, List.copyOf(PIR_OUTCOMES));
				if (isBlank(this.lessons)) {
					throw ApiException.invalid("lessons", "is required");
				}
				variables.put("pirOutcome", this.outcome);
				variables.put("lessons", this.lessons);
			}
			case PROVIDE_INFORMATION ->
				throw ApiException.invalid("kind", "Answer by editing and resubmitting the change");
			case OTHER -> variables.put("decision", this.decision);
		}
		return variables;
	}

	/** The short outcome recorded on the task and in the change history. */
	String summary(TaskKind kind) {
		return switch (kind) {
			case PIR -> this.outcome;
			case RESOLVE_CONFLICT -> "rescheduled";
			default -> this.decision;
		};
	}

	private static void requireOneOf(String field, String value, List<String> allowed) {
		if (value == null || !allowed.contains(value)) {
			throw ApiException.invalid(field, "must be one of " + String.join(", ", allowed));
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
