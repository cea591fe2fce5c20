package io.changeflow.release;

import io.changeflow.timeline.TimelineStep;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import io.changeflow.change.ChangeQueries;
import io.changeflow.change.ChangeView;
import io.changeflow.cmdb.CiView;
import io.changeflow.cmdb.CmdbService;
import io.changeflow.engine.ProcessModels;
import io.changeflow.notification.Notice;
import io.changeflow.notification.NotificationService;
import io.changeflow.security.Role;
import io.changeflow.security.UserDirectory;
import io.changeflow.task.HumanTaskService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The automated steps of the {@code release} process that are the release's own business:
 * its timeline, the CMDB update, telling the changes, telling people. Thin and
 * idempotent: the engine delivers a job at least once.
 */
@Component
public class ReleaseWorkers {

	/** The timeline's id for the note of CIs that kept their version: no BPMN element. */
	static final String VERSIONS_KEPT = "cmdb_versions_kept";

	private final ReleaseProcessRecords releases;

	private final ChangeQueries changes;

	private final CmdbService cmdb;

	private final ReleaseProcess process;

	private final NotificationService notifications;

	private final UserDirectory users;

	private final HumanTaskService tasks;

	private final ProcessModels models;

	ReleaseWorkers(ReleaseProcessRecords releases, ChangeQueries changes, CmdbService cmdb, ReleaseProcess process,
			NotificationService notifications, UserDirectory users, HumanTaskService tasks, ProcessModels models) {
		this.releases = releases;
		this.changes = changes;
		this.cmdb = cmdb;
		this.process = process;
		this.notifications = notifications;
		this.users = users;
		this.tasks = tasks;
		this.models = models;
	}

	/**
	 * Start listener of every step of the release process: state, current step, timeline.
	 * The model names the state a step stands for ({@code releaseState}).
	 */
	@JobWorker(type = "release-step",
			fetchVariables = { "releaseKey", "wave", "rolloutError", "backOutReason", "backOutBy", "executionResult" })
	public void releaseStep(ActivatedJob job) {
		Map<String, Object> variables = job.getVariablesAsMap();
		String releaseKey = (String) variables.get("releaseKey");
		String elementId = job.getElementId();
		var element = this.models.element(job);
		String name = element.map(ProcessModels.Element::name).orElse(elementId);
		ReleaseState state = element.flatMap((e) -> e.property("releaseState")).map(ReleaseState::valueOf).orElse(null);
		// Only a rejection, a backout or an end leaves tasks behind (an acceptance
		// rejected
		// by one role, a go / no-go overtaken by a backout); cancelling on every step
		// would
		// contend with the very task completion that moved the process on.
		if (state == ReleaseState.BACKING_OUT || (state != null && state.isFinal())) {
			this.tasks.cancelOpenOutside(releaseKey, elementId);
		}
		String wave = (variables.get("wave") instanceof Map<?, ?> w && w.get("name") != null)
				? String.valueOf(w.get("name")) : null;
		this.releases.recordStep(releaseKey,
				new TimelineStep<>(elementId, name, state, null, outcome(state, wave, variables),
						StepDetails.of(state, wave, variables), wave,
						job.getProcessInstanceKey() + ":" + job.getElementInstanceKey(), null));
	}

	/**
	 * New versions for the configuration items the release touched: the affected CIs of
	 * its changes whose type is in the release unit (all of them when the unit is empty).
	 * A CI takes the version of the deployed artifact named after it
	 * ({@link ArtifactMatch}); a CI no artifact matches keeps its version, and the
	 * timeline says which did, rather than inventing one.
	 */
	@JobWorker(type = "update-cmdb", fetchVariables = "releaseKey")
	public void updateCmdb(@Variable String releaseKey) {
		ReleaseFacts release = this.releases.facts(releaseKey);
		Set<String> ciKeys = new LinkedHashSet<>();
		for (String changeKey : release.changeKeys()) {
			ciKeys.addAll(this.changes.get(changeKey).affectedCis());
		}
		List<String> kept = new ArrayList<>();
		for (CiView ci : this.cmdb.find(ciKeys)) {
			if (release.releaseUnit().isEmpty() || release.releaseUnit().contains(ci.type())) {
				var version = ArtifactMatch.versionFor(ci.name(), release.artifactVersions());
				if (version.isPresent()) {
					this.cmdb.recordVersion(ci.key(), version.get(), releaseKey, release.changeKeys(),
							release.builder());
				}
				else {
					kept.add("%s (%s)".formatted(ci.name(), ci.key()));
				}
			}
		}
		if (!kept.isEmpty()) {
			this.releases.noteOnce(releaseKey,
					new TimelineStep<>(VERSIONS_KEPT, "CMDB versions kept", null, null, "versions_kept",
							"No deployed artifact is named after %s: kept their recorded version"
								.formatted(String.join(", ", kept)),
							null));
		}
	}

	/**
	 * Every bundled change's process learns it was implemented (it moves on to review).
	 */
	@JobWorker(type = "report-implemented", fetchVariables = "releaseKey")
	public void reportImplemented(@Variable String releaseKey) {
		ReleaseFacts release = this.releases.facts(releaseKey);
		for (String changeKey : release.changeKeys()) {
			this.process.tellChange("change_implemented", changeKey, release);
		}
	}

	/** Every bundled change's process learns it was backed out. */
	@JobWorker(type = "report-backed-out", fetchVariables = "releaseKey")
	public void reportBackedOut(@Variable String releaseKey) {
		ReleaseFacts release = this.releases.facts(releaseKey);
		for (String changeKey : release.changeKeys()) {
			this.process.tellChange("change_backed_out", changeKey, release);
		}
	}

	/**
	 * Tells the requesters and implementers of the changes and the release engineers that
	 * the release is out (or backed out), with the release notes.
	 */
	@JobWorker(type = "communicate-release", fetchVariables = "releaseKey")
	public void communicateRelease(ActivatedJob job, @Variable String releaseKey) {
		ReleaseFacts release = this.releases.facts(releaseKey);
		List<String> people = new ArrayList<>();
		for (String changeKey : release.changeKeys()) {
			ChangeView change = this.changes.get(changeKey);
			people.add(change.requester());
			people.add(change.implementer());
		}
		people.addAll(this.users.withRole(Role.RELEASE_ENGINEER));
		boolean backedOut = job.getElementId().contains("backout") || job.getElementId().contains("backed_out");
		String what = backedOut ? "backed out" : "released";
		this.notifications.notifyUsers(people,
				new Notice("RELEASE", "%s %s: %s".formatted(releaseKey, what, release.name()),
						"%s (%s) was %s. Changes: %s.%n%n%s".formatted(release.name(), releaseKey, what,
								String.join(", ", release.changeKeys()), release.releaseNotes()),
						"/releases/" + releaseKey, releaseKey)
					.withDedupKey("release:" + releaseKey + ":" + job.getElementId()));
	}

	private static String outcome(ReleaseState state, String wave, Map<String, Object> variables) {
		boolean ending = state == ReleaseState.BACKING_OUT || (state != null && state.isFinal());
		if (ending && wave == null && variables.get("rolloutError") != null) {
			return "rollout_failed";
		}
		if (state == ReleaseState.BACKING_OUT && variables.get("backOutReason") != null) {
			return "back_out_requested";
		}
		return null;
	}

}
