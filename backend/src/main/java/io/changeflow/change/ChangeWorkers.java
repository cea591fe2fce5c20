package io.changeflow.change;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.changeflow.approval.ApprovalPolicy;
import io.changeflow.approval.ApprovalPolicy.PolicyRole;
import io.changeflow.engine.ProcessModels;
import io.changeflow.notification.Notice;
import io.changeflow.notification.NotificationService;
import io.changeflow.task.HumanTaskService;
import io.changeflow.task.TaskKind;
import io.changeflow.task.TaskState;
import io.changeflow.task.TaskView;
import io.changeflow.timeline.TimelineStep;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The automated steps of {@code change_request}: thin, they read variables, ask the
 * services and return variables. The step listener keeps the change row's state and
 * timeline in step with the process, so the API never asks the engine where a change
 * stands.
 */
@Component
public class ChangeWorkers {

	private static final Set<ChangeState> FINAL = EnumSet.of(ChangeState.CLOSED, ChangeState.REJECTED,
			ChangeState.WITHDRAWN);

	private static final Logger log = LoggerFactory.getLogger(ChangeWorkers.class);

	private final ChangeProcessRecords changes;

	private final RfcFilter filter;

	private final ApprovalPolicy approvals;

	private final HumanTaskService tasks;

	private final NotificationService notifications;

	private final ProcessModels models;

	ChangeWorkers(ChangeProcessRecords changes, RfcFilter filter, ApprovalPolicy approvals, HumanTaskService tasks,
			NotificationService notifications, ProcessModels models) {
		this.changes = changes;
		this.filter = filter;
		this.approvals = approvals;
		this.tasks = tasks;
		this.notifications = notifications;
		this.models = models;
	}

	@JobWorker(type = "filter-rfc", fetchVariables = "changeKey")
	public Map<String, Object> filterRfc(@Variable String changeKey) {
		return this.filter.filter(changeKey).variables();
	}

	@JobWorker(type = "change-classified",
			fetchVariables = { "changeKey", "run", "changeClass", "risk", "priority", "approvalRoute", "emergency",
					"standardModel", "ciCriticality", "serviceCriticality", "leadTimeHours", "impact", "urgency" })
	public void changeClassified(ActivatedJob job, @Variable String changeKey, @Variable String run,
			@Variable String changeClass, @Variable String risk, @Variable String priority) {
		if (!this.changes.isCurrentRun(changeKey, run)) {
			return;
		}
		this.changes.classify(changeKey, ChangeClass.valueOf(changeClass), Risk.valueOf(risk), priority,
				"classification", ClassificationDecision.of(job.getVariablesAsMap(), this.models));
	}

	@JobWorker(type = "resolve-approvers",
			fetchVariables = { "changeKey", "requester", "implementer", "cabPolicy", "ownerGroups" })
	public Map<String, Object> resolveApprovers(@Variable String changeKey, @Variable String requester,
			@Variable String implementer, @Variable List<Map<String, Object>> cabPolicy,
			@Variable List<String> ownerGroups) {
		List<PolicyRole> policy = cabPolicy.stream()
			.map((role) -> new PolicyRole((String) role.get("role"), ((Number) role.get("quorum")).intValue()))
			.toList();
		var roster = this.approvals.roster(changeKey, requester, implementer, policy,
				(ownerGroups != null) ? ownerGroups : List.of());
		this.changes.recordStep(changeKey, new TimelineStep<>("resolve_approvers", "Approvers resolved", null, null,
				null, roster.summary(), null));
		return Map.of("approvers", roster.approvers(), "requiredRoles", roster.requiredRoles(), "cabReminderAt",
				roster.cabReminderAt(), "cabDeadline", roster.cabDeadline());
	}

	@JobWorker(type = "send-cab-reminder", fetchVariables = "changeKey")
	public void sendCabReminder(ActivatedJob job, @Variable String changeKey) {
		List<String> pending = this.tasks.ofChange(changeKey)
			.stream()
			.filter((task) -> task.kind() == TaskKind.CAB_VOTE && task.state() == TaskState.OPEN)
			.map(TaskView::assignee)
			.toList();
		this.notifications.notifyUsers(pending,
				new Notice("REMINDER", changeKey + ": your CAB vote is due",
						"The CAB vote on " + changeKey
								+ " is still open. After the deadline the change manager decides.",
						"/changes/" + changeKey, changeKey)
					.withDedupKey("reminder:" + changeKey + ":" + job.getElementInstanceKey()));
	}

	/**
	 * Start listener of every step a person would name: state, current step, timeline.
	 */
	@JobWorker(type = "change-step",
			fetchVariables = { "changeKey", "run", "requester", "filterReason", "reviewComment", "reviewDecision",
					"ecabComment", "escalationComment", "withdrawReason", "withdrawnBy", "implementationOutcome" })
	public void changeStep(ActivatedJob job) {
		Map<String, Object> variables = job.getVariablesAsMap();
		String changeKey = (String) variables.get("changeKey");
		String elementId = job.getElementId();
		if (!this.changes.isCurrentRun(changeKey, (String) variables.get("run"))) {
			log.info("{}: ignoring {} of a run the change no longer follows (instance {})", changeKey, elementId,
					job.getProcessInstanceKey());
			return;
		}
		var element = this.models.element(job);
		String name = element.map(ProcessModels.Element::name).orElse(elementId);
		ChangeState state = element.flatMap((e) -> e.property("changeState")).map(ChangeState::valueOf).orElse(null);
		this.tasks.cancelOpenOutside(changeKey, elementId);
		if (state != null && FINAL.contains(state)) {
			String reason = StepReasons.reasonFor(elementId, variables);
			String by = (state == ChangeState.WITHDRAWN) ? (String) variables.get("withdrawnBy") : "process";
			this.changes.finish(changeKey, state, reason, by);
			tellRequester(variables, changeKey, name + ": " + reason);
		}
		else if (state == ChangeState.INFO_REQUESTED) {
			this.changes.requestInformation(changeKey, StepReasons.question(variables), "process");
		}
		else {
			this.changes.recordStep(changeKey, new TimelineStep<>(elementId, name, state, null, null, null, null));
			if (state == ChangeState.READY_FOR_RELEASE) {
				tellRequester(variables, changeKey, "Approved and scheduled: ready for release");
			}
		}
	}

	private void tellRequester(Map<String, Object> variables, String changeKey, String what) {
		String requester = (String) variables.get("requester");
		if (requester != null) {
			this.notifications.notifyUsers(List.of(requester),
					new Notice("DECISION", changeKey + ": " + what, what, "/changes/" + changeKey, changeKey)
						.withDedupKey("decision:" + changeKey + ":" + what));
		}
	}

}
