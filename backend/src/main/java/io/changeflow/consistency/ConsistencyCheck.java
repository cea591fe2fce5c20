package io.changeflow.consistency;

import io.changeflow.change.ChangeProcessRecords;
import io.changeflow.consistency.Drift.Kind;
import io.changeflow.engine.EngineInstances;
import io.changeflow.engine.ProcessHandle;
import io.changeflow.engine.ProcessModels;
import io.changeflow.platform.Outbox;
import io.changeflow.release.ReleaseProcessRecords;
import io.changeflow.task.HumanTaskService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Compares each change and release in its process with the engine and the inbox. A row
 * that changed in the last minute is left alone: its process is probably just moving.
 */
@Service
public class ConsistencyCheck {

	private static final Logger log = LoggerFactory.getLogger(ConsistencyCheck.class);

	private static final Duration SETTLE = Duration.ofMinutes(1);

	private final ChangeProcessRecords changes;

	private final ReleaseProcessRecords releases;

	private final HumanTaskService tasks;

	private final ProcessModels models;

	private final EngineInstances engine;

	private final Outbox outbox;

	ConsistencyCheck(ChangeProcessRecords changes, ReleaseProcessRecords releases, HumanTaskService tasks,
			ProcessModels models, EngineInstances engine, Outbox outbox) {
		this.changes = changes;
		this.releases = releases;
		this.tasks = tasks;
		this.models = models;
		this.engine = engine;
		this.outbox = outbox;
	}

	/**
	 * Checks every change and release in its process.
	 * @param probeEngine also ask the engine about each instance (one command each)
	 * @param repair ask again for starts that were never confirmed
	 * @return what was found
	 */
	public ConsistencyReport check(boolean probeEngine, boolean repair) {
		Instant settled = Instant.now().minus(SETTLE);
		Set<String> withTasks = this.tasks.withOpenTasks();
		List<Drift> drifts = new ArrayList<>();
		List<ProcessHandle> changeHandles = this.changes.processHandles();
		List<ProcessHandle> releaseHandles = this.releases.processHandles();
		check(changeHandles, settled, withTasks, probeEngine, repair ? this.changes::requestStart : null, drifts);
		check(releaseHandles, settled, withTasks, probeEngine, repair ? this.releases::requestStart : null, drifts);
		drifts.forEach((drift) -> log.warn("Consistency: {} {} at {}: {}{}", drift.businessKey(), drift.kind(),
				drift.step(), drift.detail(), drift.repaired() ? " (repaired)" : ""));
		return new ConsistencyReport(Instant.now(), changeHandles.size(), releaseHandles.size(), probeEngine,
				this.outbox.pendingOlderThan(SETTLE), List.copyOf(drifts));
	}

	private void check(List<ProcessHandle> handles, Instant settled, Set<String> withTasks, boolean probeEngine,
			Consumer<String> restart, List<Drift> drifts) {
		for (ProcessHandle handle : handles) {
			if (handle.since().isAfter(settled)) {
				continue;
			}
			if (handle.processInstanceKey() == null) {
				if (restart != null) {
					restart.accept(handle.businessKey());
				}
				drifts.add(new Drift(handle.businessKey(), Kind.PROCESS_NOT_STARTED, handle.currentStep(),
						"its process start was never confirmed by the engine", restart != null));
				continue;
			}
			if (probeEngine && !this.engine.isAlive(handle.processInstanceKey())) {
				drifts.add(new Drift(handle.businessKey(), Kind.NO_ENGINE_INSTANCE, handle.currentStep(),
						"the engine has no process instance " + handle.processInstanceKey(), false));
				continue;
			}
			boolean waitsForPerson = handle.currentStep() != null
					&& this.models.elementOfVersion(handle.processId(), handle.modelVersion(), handle.currentStep())
						.map(ProcessModels.Element::waitsForPerson)
						.orElse(false);
			if (waitsForPerson && !withTasks.contains(handle.businessKey())) {
				drifts.add(new Drift(handle.businessKey(), Kind.NO_OPEN_TASK, handle.currentStep(),
						"it waits in " + handle.currentStep() + " but nobody has an open task", false));
			}
		}
	}

}
