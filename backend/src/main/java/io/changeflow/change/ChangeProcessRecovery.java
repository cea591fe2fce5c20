package io.changeflow.change;

import io.changeflow.task.HumanTaskService;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The embedded engine keeps its process instances in memory, so after a restart every
 * submitted change would wait forever. At start, each change still in its process gets a
 * new instance that begins at the step the change stands in (its row knows it), with what
 * earlier steps decided. Tasks of the old instance are void. A CAB vote starts over from
 * the CAB policy: the roster and deadline are computed anew, earlier votes stay on the
 * timeline.
 */
@Component
@ConditionalOnProperty(name = "changeflow.engine.embedded", havingValue = "true", matchIfMissing = true)
class ChangeProcessRecovery {

	private static final Logger log = LoggerFactory.getLogger(ChangeProcessRecovery.class);

	private final ChangeService changes;

	private final CamundaChangeProcess process;

	private final RfcFilter filter;

	private final HumanTaskService tasks;

	ChangeProcessRecovery(ChangeService changes, CamundaChangeProcess process, RfcFilter filter,
			HumanTaskService tasks) {
		this.changes = changes;
		this.process = process;
		this.filter = filter;
		this.tasks = tasks;
	}

	@EventListener(ApplicationReadyEvent.class)
	void resumeAll() {
		for (String key : this.changes.inProcess()) {
			try {
				resume(key);
			}
			catch (RuntimeException ex) {
				log.warn("Could not resume the process of {}", key, ex);
			}
		}
	}

	private void resume(String key) {
		ChangeView change = this.changes.get(key);
		String element = restartElement(change.currentStep());
		Map<String, Object> decided = new HashMap<>();
		if (change.changeClass() != null) {
			decided.putAll(this.filter.facts(change));
			decided.put("changeClass", change.changeClass().name());
			decided.put("risk", change.risk().name());
			decided.put("priority", change.priority());
		}
		this.tasks.cancelOpenOutside(key, "");
		long instance = this.process.resume(this.changes.facts(key), decided, element);
		this.changes.runsAs(key, instance);
		log.info("Resumed {} at {} after the engine restarted", key, element);
	}

	/** Where a change continues, from the last step its row recorded. */
	static String restartElement(String currentStep) {
		if (currentStep == null) {
			return "filter_rfc";
		}
		return switch (currentStep) {
			case "provide_information", "review_rfc", "ecab_approval", "decide_escalated_change",
					"resolve_schedule_conflict", "ready_for_release", "post_implementation_review", "check_schedule" ->
				currentStep;
			case "resolve_approvers", "determine_cab_policy", "cab_vote", "send_cab_reminder" -> "determine_cab_policy";
			case "determine_priority", "classify_change" -> "determine_priority";
			default -> "filter_rfc";
		};
	}

}
