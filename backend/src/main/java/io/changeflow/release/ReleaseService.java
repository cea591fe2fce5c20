package io.changeflow.release;

import io.changeflow.change.ChangeService;
import io.changeflow.change.ChangeState;
import io.changeflow.change.ChangeView;
import io.changeflow.cmdb.CiType;
import io.changeflow.platform.ApiException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Releases: what release engineers do to them through the API, and what the
 * {@code release} process reports about them. Only changes ready for release can be
 * bundled, each into one open release at a time.
 */
@Service
@Transactional
public class ReleaseService {

	private final ReleaseRepository releases;

	private final ReleaseKeys keys;

	private final ChangeService changes;

	private final ReleaseProcess process;

	private final ReleaseViews views;

	private final ApplicationEventPublisher events;

	ReleaseService(ReleaseRepository releases, ReleaseKeys keys, ChangeService changes, ReleaseProcess process,
			ReleaseViews views, ApplicationEventPublisher events) {
		this.events = events;
		this.releases = releases;
		this.keys = keys;
		this.changes = changes;
		this.process = process;
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
		return this.views.of(save(release));
	}

	ReleaseView update(String key, ReleaseBody body) {
		Release release = find(key);
		release.edit(plan(body), body.releaseNotes());
		return this.views.of(release);
	}

	ReleaseView addChange(String key, String changeKey) {
		Release release = find(key);
		release.bundle(requireBundleable(changeKey, "changeKey"));
		return this.views.of(save(release));
	}

	ReleaseView removeChange(String key, String changeKey) {
		Release release = find(key);
		release.unbundle(changeKey);
		return this.views.of(release);
	}

	ReleaseView planWaves(String key, List<Wave> waves) {
		Release release = find(key);
		release.planWaves(Waves.check(waves));
		return this.views.of(release);
	}

	ReleaseView regenerateNotes(String key) {
		Release release = find(key);
		release.writeNotes(ReleaseNotes.generate(release.plan(), changeViews(release)));
		return this.views.of(release);
	}

	ReleaseView registerArtifact(String key, ArtifactBody body, String user) {
		Release release = find(key);
		release.register(body, user);
		this.releases.flush();
		this.events.publishEvent(
				new ReleaseCommandDue(key, release.id(), ReleaseCommandDue.Command.UPDATE_ARTIFACTS, null, null));
		return this.views.of(release);
	}

	/**
	 * Starts the process. Only the database changes here; the engine hears of it after
	 * the commit, so a concurrent build fails instead of starting a second process.
	 */
	ReleaseView build(String key, String user) {
		Release release = find(key);
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
		return this.views.of(release);
	}

	ReleaseView backOut(String key, String reason, String user) {
		Release release = find(key);
		if (release.state() != ReleaseState.ROLLING_OUT) {
			throw new ApiException(HttpStatus.CONFLICT, "Not rolling out",
					"Only a release that is rolling out can be backed out; %s is %s".formatted(key, release.state()),
					null);
		}
		this.events
			.publishEvent(new ReleaseCommandDue(key, release.id(), ReleaseCommandDue.Command.BACK_OUT, reason, user));
		return this.views.of(release);
	}

	@Transactional(readOnly = true)
	List<ReleaseSummary> list(ReleaseState state, String text) {
		String q = (text == null || text.isBlank()) ? null : text.strip().toLowerCase(Locale.ROOT);
		return this.releases.findAllByOrderByCreatedAtDesc()
			.stream()
			.filter((release) -> state == null || release.state() == state)
			.filter((release) -> q == null || release.key().toLowerCase(Locale.ROOT).contains(q)
					|| release.plan().name().toLowerCase(Locale.ROOT).contains(q))
			.map(Release::summary)
			.toList();
	}

	/**
	 * A release with its changes, artifacts, progress and timeline.
	 * @param key the release key
	 * @return the release
	 * @throws ApiException 404 when there is no such release
	 */
	@Transactional(readOnly = true)
	public ReleaseView get(String key) {
		return this.views.of(find(key));
	}

	/** Changes ready for release that no open release bundles yet. */
	@Transactional(readOnly = true)
	List<ChangeView> candidates() {
		Set<String> taken = new HashSet<>(this.releases.changesInOpenReleases());
		return this.changes.readyForRelease()
			.stream()
			.filter((key) -> !taken.contains(key))
			.map(this.changes::get)
			.toList();
	}

	/**
	 * Whether a business key names a release.
	 * @param key e.g. REL-2026.11-3
	 * @return true for a release
	 */
	@Transactional(readOnly = true)
	public boolean exists(String key) {
		return key != null && this.releases.existsByKey(key);
	}

	/**
	 * The releases whose process should be running: built and not ended.
	 * @return their keys, oldest first
	 */
	@Transactional(readOnly = true)
	public List<String> inProcess() {
		List<ReleaseState> notRunning = new ArrayList<>(ReleaseState.FINAL);
		notRunning.add(ReleaseState.DRAFT);
		return this.releases.findKeysByStateNotIn(notRunning);
	}

	void recordStep(String key, ReleaseStepRecord step) {
		Release release = find(key);
		release.record(step);
		this.events.publishEvent(new ReleaseStepRecorded(key, release.state(), release.currentStep()));
	}

	/** A person decided on a task of the release: a timeline entry, the state stays. */
	void recordDecision(String key, ReleaseStepRecord step) {
		this.releases.appendDecision(key, step.at(), step.elementId(), step.stepName(), step.actor(), step.outcome(),
				step.detail());
		this.events.publishEvent(new ReleaseStepRecorded(key, null, step.elementId()));
	}

	void runsAs(String key, long processInstanceKey) {
		this.releases.recordHandle(key, processInstanceKey);
	}

	/**
	 * Where each release in its process stands, for consistency checks.
	 * @return the handles of every built release that has not ended
	 */
	@Transactional(readOnly = true)
	public List<io.changeflow.engine.ProcessHandle> processHandles() {
		var notRunning = java.util.EnumSet.copyOf(ReleaseState.FINAL);
		notRunning.add(ReleaseState.DRAFT);
		return this.releases.findHandlesByStateNotIn(notRunning);
	}

	/**
	 * Asks again for the start of the release's process, when a check found it never
	 * confirmed; one that has started meanwhile is not started twice.
	 * @param key the release key
	 */
	public void requestStart(String key) {
		Release release = find(key);
		if (release.state() != ReleaseState.DRAFT && !release.state().isFinal()
				&& release.processInstanceKey() == null) {
			this.events.publishEvent(
					new ReleaseCommandDue(key, release.id(), ReleaseCommandDue.Command.START, null, release.builder()));
		}
	}

	/** Whether the release was built and its process not started yet. */
	@Transactional(readOnly = true)
	boolean awaitsStart(String key) {
		return this.releases.findByKey(key)
			.filter((release) -> release.state() != ReleaseState.DRAFT && release.processInstanceKey() == null)
			.isPresent();
	}

	/** What the process starts with, read now so the engine call needs no transaction. */
	@Transactional(readOnly = true)
	Map<String, Object> startVariables(String key, String builder) {
		return this.process.variables(find(key), builder);
	}

	/** The running process and the artifacts it should know, if it runs. */
	@Transactional(readOnly = true)
	Optional<Map.Entry<Long, List<Map<String, Object>>>> artifactsToTell(String key) {
		Release release = find(key);
		return Optional.ofNullable(release.processInstanceKey())
			.map((instance) -> Map.entry(instance, ReleaseProcess.artifacts(release)));
	}

	/** What the workers of the process need to know about a release. */
	@Transactional(readOnly = true)
	ReleaseFacts facts(String key) {
		Release release = find(key);
		return new ReleaseFacts(release.key(), release.plan().name(), release.builder(), release.changeKeys(),
				release.plan().ciTypes(),
				release.artifacts()
					.stream()
					.collect(java.util.stream.Collectors.toMap(Artifact::name, Artifact::version, (a, b) -> a)),
				release.releaseNotes());
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

	/** Read-only work reads; work that may write takes the release's row lock first. */
	private Release find(String key) {
		var release = TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? this.releases.findByKey(key)
				: this.releases.lockByKey(key);
		return release.orElseThrow(() -> ApiException.notFound("release", key));
	}

}
