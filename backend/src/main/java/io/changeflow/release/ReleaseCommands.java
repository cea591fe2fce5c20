package io.changeflow.release;

import io.changeflow.change.ChangeQueries;
import io.changeflow.change.ChangeState;
import io.changeflow.change.ChangeView;
import io.changeflow.cmdb.CiType;
import io.changeflow.platform.ApiException;
import io.changeflow.timeline.TimelineStep;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What release engineers do to releases through the API: plan, bundle changes, register
 * artifacts, build, back out. Only changes ready for release can be bundled, each into
 * one open release at a time. Only the database changes here; the engine hears of it
 * after the commit.
 */
@Service
@Transactional
class ReleaseCommands {

	/** The timeline's id for a window override: no BPMN element, a person's decision. */
	static final String OVERRIDE_STEP = "rollout_override";

	private final ReleaseRepository releases;

	private final ReleaseKeys keys;

	private final ChangeQueries changes;

	private final ReleaseViews views;

	private final ApplicationEventPublisher events;

	private final ReleaseAudit audit;

	private final RolloutOverrideRepository overrides;

	private final RolloutGate gate;

	private final ReleaseProcessRecords records;

	ReleaseCommands(ReleaseRepository releases, ReleaseKeys keys, ChangeQueries changes, ReleaseViews views,
			ApplicationEventPublisher events, ReleaseAudit audit, RolloutOverrideRepository overrides, RolloutGate gate,
			ReleaseProcessRecords records) {
		this.audit = audit;
		this.overrides = overrides;
		this.gate = gate;
		this.records = records;
		this.events = events;
		this.releases = releases;
		this.keys = keys;
		this.changes = changes;
		this.views = views;
	}

	ReleaseView create(ReleaseBody body, String user) {
		Release release = new Release(this.keys.next(), plan(body), user);
		List<String> changeKeys = (body.changeKeys() != null) ? body.changeKeys() : List.of();
		for (int i = 0; i < changeKeys.size(); i++) {
			String changeKey = changeKeys.get(i);
			release.bundle(requireBundleable(changeKey, "changeKeys[" + i + "]"));
		}
		release.writeNotes(ReleaseNotes.generate(release.plan(), changeViews(release)));
		Release saved = save(release);
		this.audit.publish(saved, "ReleaseDrafted", user, Map.of("plan", saved.plan()));
		return this.views.of(saved);
	}

	ReleaseView update(String key, ReleaseBody body) {
		Release release = this.releases.require(key);
		ReleasePlan before = release.plan();
		release.edit(plan(body), body.releaseNotes());
		this.audit.publish(release, "ReleaseEdited", null, Map.of("plan", release.plan(), "planBefore", before));
		return this.views.of(release);
	}

	ReleaseView addChange(String key, String changeKey) {
		Release release = this.releases.require(key);
		release.bundle(requireBundleable(changeKey, "changeKey"));
		Release saved = save(release);
		this.audit.publish(saved, "ChangeBundled", null, Map.of("change", changeKey));
		return this.views.of(saved);
	}

	ReleaseView removeChange(String key, String changeKey) {
		Release release = this.releases.require(key);
		release.unbundle(changeKey);
		this.audit.publish(release, "ChangeUnbundled", null, Map.of("change", changeKey));
		return this.views.of(release);
	}

	ReleaseView planWaves(String key, List<Wave> waves) {
		Release release = this.releases.require(key);
		List<Wave> before = release.waves();
		release.planWaves(Waves.check(waves));
		this.audit.publish(release, "WavesPlanned", null, Map.of("waves", release.waves(), "wavesBefore", before));
		return this.views.of(release);
	}

	ReleaseView regenerateNotes(String key) {
		Release release = this.releases.require(key);
		release.writeNotes(ReleaseNotes.generate(release.plan(), changeViews(release)));
		this.audit.publish(release, "ReleaseNotesRegenerated", null, Map.of());
		return this.views.of(release);
	}

	ReleaseView registerArtifact(String key, ArtifactBody body, String user) {
		Release release = this.releases.require(key);
		release.register(body, user);
		this.releases.flush();
		this.events.publishEvent(
				new ReleaseCommandDue(key, release.id(), ReleaseCommandDue.Command.UPDATE_ARTIFACTS, null, null));
		this.audit.publish(release, "ArtifactRegistered", user, Map.of("artifact", body));
		return this.views.of(release);
	}

	/**
	 * Starts the process. Only the database changes here; the engine hears of it after
	 * the commit, so a concurrent build fails instead of starting a second process.
	 */
	ReleaseView build(String key, String user) {
		Release release = this.releases.require(key);
		for (String changeKey : release.changeKeys()) {
			ChangeState state = this.changes.get(changeKey).state();
			if (state != ChangeState.READY_FOR_RELEASE) {
				throw new ApiException(HttpStatus.CONFLICT, "Change not ready for release",
						"%s is %s, no longer ready for release; remove it first".formatted(changeKey, state),
						"changeKeys");
			}
		}
		release.build(user);
		this.releases.flush();
		this.events.publishEvent(new ReleaseCommandDue(key, release.id(), ReleaseCommandDue.Command.START, null, user));
		this.audit.publish(release, "ReleaseBuildRequested", user, Map.of());
		return this.views.of(release);
	}

	ReleaseView backOut(String key, String reason, String user) {
		Release release = this.releases.require(key);
		if (release.state() != ReleaseState.ROLLING_OUT) {
			throw new ApiException(HttpStatus.CONFLICT, "Not rolling out",
					"Only a release that is rolling out can be backed out; %s is %s".formatted(key, release.state()),
					null);
		}
		this.events
			.publishEvent(new ReleaseCommandDue(key, release.id(), ReleaseCommandDue.Command.BACK_OUT, reason, user));
		this.audit.publish(release, "BackOutRequested", user, Map.of("reason", reason));
		return this.views.of(release);
	}

	/**
	 * A change manager lets the release roll out although now is outside the approved
	 * windows of its changes or inside a blackout: who, why and what it overrode go on
	 * the record and the timeline. Only the database changes; the release engineer still
	 * starts the rollout.
	 */
	ReleaseView recordOverride(String key, String reason, String user) {
		Release release = this.releases.require(key);
		if (release.state().isFinal()) {
			throw new ApiException(HttpStatus.CONFLICT, "Release ended",
					"%s is %s: there is no rollout left to override".formatted(key, release.state()), null);
		}
		String refusal = this.gate.refusalNow(release);
		this.overrides.saveAndFlush(new RolloutOverride(release.id(), reason, refusal, user));
		this.records.recordDecision(key,
				new TimelineStep<>(OVERRIDE_STEP, "Window override", null, user, "override", reason, null));
		Map<String, Object> details = new java.util.LinkedHashMap<>();
		details.put("reason", reason);
		details.put("refusal", refusal);
		this.audit.publish(release, "RolloutOverrideRecorded", user, details);
		return this.views.of(release);
	}

	private String requireBundleable(String changeKey, String field) {
		if (!this.changes.exists(changeKey)) {
			throw ApiException.invalid(field, "no change " + changeKey);
		}
		ChangeState state = this.changes.get(changeKey).state();
		if (state != ChangeState.READY_FOR_RELEASE) {
			throw new ApiException(HttpStatus.CONFLICT, "Change not ready for release",
					"%s is %s; only changes ready for release can be bundled".formatted(changeKey, state), field);
		}
		List<String> open = this.releases.openReleaseOf(changeKey);
		if (!open.isEmpty()) {
			throw inOtherRelease(changeKey, open.getFirst(), field);
		}
		return changeKey;
	}

	private Release save(Release release) {
		try {
			return this.releases.saveAndFlush(release);
		}
		catch (DataIntegrityViolationException ex) {
			// Two requests bundled the same change into two releases at once.
			throw inOtherRelease("A change", "another open release", "changeKeys");
		}
	}

	private static ApiException inOtherRelease(String changeKey, String releaseKey, String field) {
		return new ApiException(HttpStatus.CONFLICT, "Change in another release",
				"%s already belongs to %s, which is still open".formatted(changeKey, releaseKey), field);
	}

	private List<ChangeView> changeViews(Release release) {
		return release.changeKeys().stream().map(this.changes::get).toList();
	}

	private static ReleasePlan plan(ReleaseBody body) {
		if (!body.plannedEnd().isAfter(body.plannedStart())) {
			throw ApiException.invalid("plannedEnd", "must be after plannedStart");
		}
		List<String> unit = (body.releaseUnit() != null) ? body.releaseUnit().stream().map(CiType::name).toList()
				: List.of();
		List<String> environments = (body.environments() != null && !body.environments().isEmpty())
				? body.environments().stream().map(String::strip).distinct().toList()
				: Wave.DEFAULT.stream().map(Wave::environment).distinct().toList();
		return new ReleasePlan(body.name().strip(), body.type(), unit, environments, body.plannedStart(),
				body.plannedEnd(), body.backoutPlan().strip());
	}

}
