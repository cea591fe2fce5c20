package io.changeflow.release;

import io.changeflow.execution.ExecutionAction;
import io.changeflow.execution.ExecutionStatus;
import io.changeflow.execution.ExecutionView;
import io.changeflow.execution.Executions;
import io.changeflow.task.HumanTaskService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded engine keeps its process instances in memory, so after a restart every
 * built release would wait forever. At start, each release still in its process gets a
 * new instance that begins at the step its row records. A rollout starts over from its
 * first wave (deployments are idempotent per wave); a backout undoes the waves its
 * executions show as deployed and not yet backed out. Tasks of the old instance are void.
 */
@Component
@ConditionalOnProperty(name = "changeflow.engine.embedded", havingValue = "true", matchIfMissing = true)
class ReleaseProcessRecovery {

	private static final Logger log = LoggerFactory.getLogger(ReleaseProcessRecovery.class);

	private final ReleaseService releases;

	private final ReleaseRepository rows;

	private final ReleaseProcess process;

	private final Executions executions;

	private final HumanTaskService tasks;

	private final TransactionTemplate transactions;

	ReleaseProcessRecovery(ReleaseService releases, ReleaseRepository rows, ReleaseProcess process,
			Executions executions, HumanTaskService tasks, TransactionTemplate transactions) {
		this.transactions = transactions;
		this.releases = releases;
		this.rows = rows;
		this.process = process;
		this.executions = executions;
		this.tasks = tasks;
	}

	@EventListener(ApplicationReadyEvent.class)
	void resumeAll() {
		for (String key : this.releases.inProcess()) {
			try {
				this.transactions.executeWithoutResult((status) -> resume(key));
			}
			catch (RuntimeException ex) {
				log.warn("Could not resume the process of {}", key, ex);
			}
		}
	}

	private void resume(String key) {
		Release release = this.rows.findByKey(key).orElseThrow();
		String element = restartElement(release.currentStep());
		Map<String, Object> decided = Map.of();
		if ("back_out".equals(element)) {
			decided = Map.of("deployedWaves", stillDeployed(release));
		}
		this.tasks.cancelOpenOutside(key, "");
		release.runsAs(this.process.resume(release, decided, element));
		log.info("Resumed {} at {} after the engine restarted", key, element);
	}

	/** The deployed waves not yet backed out, in rollout order (the process reverses). */
	private List<Map<String, Object>> stillDeployed(Release release) {
		List<ExecutionView> runs = this.executions.ofRelease(release.key());
		List<Map<String, Object>> waves = new ArrayList<>();
		for (Wave wave : release.waves()) {
			if (succeeded(runs, ExecutionAction.DEPLOY, wave) && !succeeded(runs, ExecutionAction.BACKOUT, wave)) {
				waves.add(wave.variables());
			}
		}
		return waves;
	}

	private static boolean succeeded(List<ExecutionView> runs, ExecutionAction action, Wave wave) {
		return runs.stream()
			.anyMatch((run) -> run.action() == action && wave.name().equals(run.wave())
					&& run.status() == ExecutionStatus.SUCCEEDED);
	}

	/** Where a release continues, from the last step its row recorded. */
	static String restartElement(String currentStep) {
		if (currentStep == null) {
			return "build_release";
		}
		return switch (currentStep) {
			case "test_release", "test_finished" -> "test_release";
			case "accept_release", "review_rollout_plan", "start_rollout", "update_cmdb", "report_implemented",
					"communicate_release", "report_backed_out", "communicate_backout" ->
				currentStep;
			case "rollout", "deploy_wave", "deploy_finished", "record_deployed_wave", "verify_wave", "verify_finished",
					"go_no_go" ->
				"rollout";
			case "back_out", "backout_wave", "backout_finished" -> "back_out";
			default -> "build_release";
		};
	}

}
