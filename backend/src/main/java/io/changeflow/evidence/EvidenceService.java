package io.changeflow.evidence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.changeflow.approval.ApprovalPolicy;
import io.changeflow.approval.CabRoundView;
import io.changeflow.audit.AuditEventView;
import io.changeflow.audit.AuditRecords;
import io.changeflow.change.ChangeQueries;
import io.changeflow.change.ChangeState;
import io.changeflow.change.ChangeView;
import io.changeflow.engine.ProcessModels;
import io.changeflow.evidence.ChangeEvidence.CabRound;
import io.changeflow.evidence.ChangeEvidence.Classification;
import io.changeflow.evidence.ChangeEvidence.Failure;
import io.changeflow.evidence.ChangeEvidence.PathStep;
import io.changeflow.evidence.ChangeEvidence.Pir;
import io.changeflow.evidence.ChangeEvidence.ReleaseEvidence;
import io.changeflow.evidence.ChangeEvidence.Schedule;
import io.changeflow.evidence.ChangeEvidence.Vote;
import io.changeflow.evidence.ChangeEvidence.WaveResult;
import io.changeflow.execution.ExecutionStatus;
import io.changeflow.execution.ExecutionView;
import io.changeflow.execution.Executions;
import io.changeflow.platform.ApiException;
import io.changeflow.release.ReleaseQueries;
import io.changeflow.release.ReleaseView;
import io.changeflow.security.UserDirectory;
import io.changeflow.security.UserDirectory.DirectoryUser;
import io.changeflow.task.HumanTaskService;
import io.changeflow.task.TaskKind;
import io.changeflow.task.TaskState;
import io.changeflow.task.TaskView;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Gathers the evidence of a change from the features that hold it: the change itself, its
 * tasks (votes, PIR), its CAB round, its releases and their executions, the process model
 * and the audit log. Reads only.
 */
@Service
public class EvidenceService {

	/** The process every change runs through. */
	static final String CHANGE_PROCESS = "change_request";

	private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {
	};

	private static final Set<TaskKind> APPROVALS = Set.of(TaskKind.CAB_VOTE, TaskKind.ECAB_APPROVAL,
			TaskKind.DECIDE_ESCALATED);

	private static final Set<String> SCHEDULE_STEPS = Set.of("check_schedule", "gateway_schedule",
			"resolve_schedule_conflict");

	private final ChangeQueries changes;

	private final HumanTaskService tasks;

	private final ApprovalPolicy approvals;

	private final ReleaseQueries releases;

	private final Executions executions;

	private final ProcessModels models;

	private final AuditRecords audit;

	private final UserDirectory users;

	private final Set<String> changeElements;

	private final ObjectMapper json;

	EvidenceService(ChangeQueries changes, HumanTaskService tasks, ApprovalPolicy approvals, ReleaseQueries releases,
			Executions executions, ProcessModels models, AuditRecords audit, UserDirectory users, ObjectMapper json) {
		this.changes = changes;
		this.tasks = tasks;
		this.approvals = approvals;
		this.releases = releases;
		this.executions = executions;
		this.models = models;
		this.audit = audit;
		this.users = users;
		this.json = json;
		this.changeElements = models.diagram(CHANGE_PROCESS)
			.map(PathDiagram::flowNodeIds)
			.orElseThrow(() -> new IllegalStateException("The change process model is missing"));
	}

	/**
	 * The evidence of a change.
	 * @param key the change key
	 * @return everything an auditor needs about it
	 * @throws ApiException 404 for an unknown change
	 */
	public ChangeEvidence of(String key) {
		ChangeView change = this.changes.get(key);
		List<AuditEventView> events = this.audit.forSubject(key);
		List<TaskView> tasks = this.tasks.ofChange(key);
		CabRound round = this.approvals.rounds(List.of(key))
			.stream()
			.findFirst()
			.map(EvidenceService::round)
			.orElse(null);
		return new ChangeEvidence(change, classification(events), votes(tasks), round, schedule(change), releases(key),
				pir(tasks, events), path(change), events);
	}

	/**
	 * The path diagram of a change.
	 * @param evidence the change's evidence
	 * @return the change process as SVG with the path marked
	 */
	String pathSvg(ChangeEvidence evidence) {
		ChangeView change = evidence.change();
		// The model the change ran on, also when a newer one was deployed since.
		String bpmn = this.models.diagram(CHANGE_PROCESS, change.modelVersion())
			.or(() -> this.models.diagram(CHANGE_PROCESS))
			.orElseThrow(() -> new IllegalStateException("The change process model is missing"));
		String current = (change.state() == ChangeState.DRAFT) ? null : change.currentStep();
		return PathDiagram.svg(bpmn, evidence.path().stream().map(PathStep::elementId).toList(), current);
	}

	/**
	 * The last classification the decision table made (a resubmitted change is classified
	 * again).
	 */
	private Classification classification(List<AuditEventView> events) {
		return events.stream()
			.filter((event) -> "ChangeClassified".equals(event.action()))
			.reduce((first, second) -> second)
			.map((event) -> {
				JsonNode after = (event.after() != null) ? event.after() : NullNode.getInstance();
				// The decision's own outputs when the event names them, else what it set.
				Map<String, Object> outputs = object(after.path("outputs"));
				if (outputs == null && after.isObject()) {
					ObjectNode copy = ((ObjectNode) after).deepCopy();
					copy.remove(List.of("inputs", "decision", "decisions"));
					outputs = object(copy);
				}
				JsonNode decision = after.path("decision");
				return new Classification(text(after, "changeClass"), text(after, "risk"), text(after, "priority"),
						object(after.path("inputs")), outputs, text(decision, "id"), text(decision, "version"),
						event.at(), event.actor());
			})
			.orElse(null);
	}

	private Map<String, Object> object(JsonNode node) {
		return node.isObject() ? this.json.convertValue(node, OBJECT) : null;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return (value.isMissingNode() || value.isNull()) ? null : value.asText();
	}

	private List<Vote> votes(List<TaskView> tasks) {
		return tasks.stream()
			.filter((task) -> APPROVALS.contains(task.kind()))
			.filter((task) -> task.state() != TaskState.CANCELED || task.completedBy() != null)
			.map((task) -> {
				String approver = (task.completedBy() != null) ? task.completedBy() : task.assignee();
				return new Vote(task.kind().name(), approver, nameOf(approver), task.approverRoles(), task.outcome(),
						task.comment(), task.completedAt(), task.state().name());
			})
			.toList();
	}

	private static CabRound round(CabRoundView round) {
		return new CabRound(round.startedAt(), round.requiredRoles(), round.approvers(), round.deadline());
	}

	private static Schedule schedule(ChangeView change) {
		List<ChangeView.Step> steps = change.history()
			.stream()
			.filter((step) -> SCHEDULE_STEPS.contains(step.elementId()) || step.state() == ChangeState.SCHEDULING
					|| step.state() == ChangeState.SCHEDULE_CONFLICT)
			.toList();
		return new Schedule(change.plannedStart(), change.plannedEnd(), change.timeZone(), steps);
	}

	private List<ReleaseEvidence> releases(String changeKey) {
		return this.releases.ofChange(changeKey).stream().map(this::release).toList();
	}

	private ReleaseEvidence release(ReleaseView release) {
		List<ExecutionView> runs = this.executions.ofRelease(release.key());
		List<Failure> failures = runs.stream()
			.filter((run) -> run.status() == ExecutionStatus.FAILED)
			.map((run) -> new Failure(run.action().name(), run.wave(), run.finishedAt(), reason(run)))
			.toList();
		List<WaveResult> waves = release.waveProgress()
			.stream()
			.map((wave) -> new WaveResult(wave.wave(), wave.environment(), wave.percent(), wave.state(),
					wave.deployedAt(), wave.verifiedAt(), wave.backedOutAt(), lastReason(failures, wave.wave())))
			.toList();
		ReleaseView.TestResults tests = release.testResults();
		return new ReleaseEvidence(release.key(), release.name(), release.state().name(), release.plannedStart(),
				release.plannedEnd(), (tests != null) ? tests.passed() : null, (tests != null) ? tests.failed() : null,
				waves, failures);
	}

	/** The reason of the wave's last failed deployment or verification. */
	private static String lastReason(List<Failure> failures, String wave) {
		return failures.stream()
			.filter((failure) -> wave.equals(failure.wave())
					&& ("DEPLOY".equals(failure.action()) || "VERIFY".equals(failure.action())))
			.reduce((first, second) -> second)
			.map(Failure::reason)
			.orElse(null);
	}

	private static String reason(ExecutionView run) {
		Object reason = (run.result() != null) ? run.result().get("reason") : null;
		return (reason != null) ? reason.toString() : "The executor reported a failure without a reason";
	}

	private Pir pir(List<TaskView> tasks, List<AuditEventView> events) {
		return tasks.stream()
			.filter((task) -> task.kind() == TaskKind.PIR && task.state() != TaskState.CANCELED)
			.max(Comparator.comparing(TaskView::createdAt))
			.map((task) -> new Pir(task.completedBy(), nameOf(task.completedBy()), task.outcome(), task.comment(),
					lessons(task, events), task.completedAt(), task.state().name()))
			.orElse(null);
	}

	/**
	 * The lessons of a review: the task keeps the outcome, the completion's audit event
	 * keeps everything the reviewer sent.
	 */
	private static String lessons(TaskView task, List<AuditEventView> events) {
		return events.stream()
			.filter((event) -> event.correlation() != null
					&& task.id().toString().equals(event.correlation().path("task").asText()))
			.map((event) -> (event.after() != null) ? text(event.after().path("decision"), "lessons") : null)
			.filter(Objects::nonNull)
			.reduce((first, second) -> second)
			.orElse(null);
	}

	/**
	 * The elements of the change process the change went through, as its timeline says.
	 */
	private List<PathStep> path(ChangeView change) {
		return change.history()
			.stream()
			.filter((step) -> step.elementId() != null)
			.flatMap((step) -> this.models.elementOfVersion(CHANGE_PROCESS, change.modelVersion(), step.elementId())
				.filter((element) -> inChangeProcess(element.id()))
				.map((element) -> new PathStep(element.id(), element.name(), step.at(), step.actor(), step.outcome()))
				.stream())
			.toList();
	}

	/**
	 * Element ids are unique across our models; a release step is no part of this path.
	 */
	private boolean inChangeProcess(String elementId) {
		return this.changeElements.contains(elementId);
	}

	String nameOf(String username) {
		if (username == null) {
			return null;
		}
		return this.users.find(username).map(DirectoryUser::displayName).filter(Objects::nonNull).orElse(username);
	}

}
