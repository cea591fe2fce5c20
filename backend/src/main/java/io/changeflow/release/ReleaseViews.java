package io.changeflow.release;

import io.changeflow.change.ChangeQueries;
import io.changeflow.change.ChangeView;
import io.changeflow.execution.ExecutionView;
import io.changeflow.execution.Executions;
import io.changeflow.task.HumanTaskService;
import io.changeflow.task.TaskState;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Puts together what the release page shows: the release row with its changes, its open
 * tasks and how far its rollout is.
 */
@Component
class ReleaseViews {

	private final ChangeQueries changes;

	private final HumanTaskService tasks;

	private final Executions executions;

	private final RolloutGate gate;

	private final RolloutOverrideRepository overrides;

	ReleaseViews(ChangeQueries changes, HumanTaskService tasks, Executions executions, RolloutGate gate,
			RolloutOverrideRepository overrides) {
		this.gate = gate;
		this.overrides = overrides;
		this.changes = changes;
		this.tasks = tasks;
		this.executions = executions;
	}

	ReleaseView of(Release release) {
		ReleasePlan plan = release.plan();
		List<ReleaseView.ChangeRef> changeRefs = release.changeKeys().stream().map((key) -> {
			ChangeView change = this.changes.get(key);
			return new ReleaseView.ChangeRef(change.key(), change.title(), change.state());
		}).toList();
		List<ReleaseView.OpenTask> openTasks = this.tasks.ofChange(release.key())
			.stream()
			.filter((task) -> task.state() == TaskState.OPEN)
			.map((task) -> new ReleaseView.OpenTask(task.id(), task.kind().name(), task.title(),
					task.candidateGroups()))
			.toList();
		List<ReleaseView.Step> history = release.history();
		List<ExecutionView> runs = this.executions.ofRelease(release.key());
		List<String> visited = history.stream()
			.map(ReleaseView.Step::elementId)
			.filter((element) -> !ReleaseCommands.OVERRIDE_STEP.equals(element)
					&& !ReleaseWorkers.VERSIONS_KEPT.equals(element))
			.distinct()
			.toList();
		List<ReleaseView.WaveProgress> progress = RolloutProgress.of(release.waves(), runs, release.state().isFinal());
		return new ReleaseView(release.key(), plan.name(), plan.type(), plan.releaseUnit(), plan.environments(),
				release.waves(), plan.plannedStart(), plan.plannedEnd(), release.releaseNotes(), plan.backoutPlan(),
				release.state(), release.builder(), release.createdBy(), release.createdAt(), release.currentStep(),
				release.currentStepName(), changeRefs, release.artifacts().stream().map(Artifact::view).toList(),
				progress, RolloutProgress.testResults(runs), openTasks, history, visited, release.artifactsLocked(),
				release.endedAt(), Backouts.of(release.state(), progress, history), rolloutRefusal(release),
				this.overrides.findByReleaseIdOrderByRecordedAt(release.id())
					.stream()
					.map(RolloutOverride::view)
					.toList(),
				release.modelVersion());
	}

	/** Only while the rollout has yet to start: afterwards "now" no longer matters. */
	private String rolloutRefusal(Release release) {
		boolean started = release.state().ordinal() >= ReleaseState.ROLLING_OUT.ordinal();
		return started ? null : this.gate.refusalNow(release);
	}

}
