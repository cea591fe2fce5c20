package io.changeflow.release;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.lang.Nullable;

import io.changeflow.change.ChangeState;
import io.changeflow.change.ChangeView;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A release as the API shows it: the plan, the changes and artifacts, how the rollout
 * goes and how it got there.
 *
 * @param key the human key, e.g. REL-2026.11-3
 * @param name its name
 * @param type delta, full or package
 * @param releaseUnit the CI types it covers
 * @param environments where it goes
 * @param waves the rollout waves, in order
 * @param plannedStart start of the planned window
 * @param plannedEnd end of the planned window
 * @param releaseNotes the notes
 * @param backoutPlan how it is undone
 * @param state where it stands
 * @param builder who started the build, or null
 * @param createdBy who created it
 * @param createdAt when
 * @param currentStep the BPMN element its process is in, or null
 * @param currentStepName its label
 * @param changes the bundled changes
 * @param artifacts its artifacts
 * @param waveProgress how far each wave is
 * @param testResults passed and failed tests, once tested
 * @param openTasks what people still have to decide on it
 * @param history what happened, oldest first
 * @param visitedElements the BPMN elements its process went through
 * @param artifactsLocked whether artifacts can no longer be registered
 * @param endedAt when it ended (closed, backed out, failed, rejected), or null
 * @param backout for a release backed out or failed: at which wave and why; else null
 * @param rolloutRefusal until the rollout starts: why starting it now would be refused
 * (outside an approved change window, inside a blackout), overrides aside; else null
 * @param overrides the window overrides change managers recorded, oldest first
 * @param modelVersion the version of the {@code release} model its process started on, or
 * null before it started
 */
public record ReleaseView(String key, String name, ReleaseType type, List<String> releaseUnit,
		List<String> environments, List<Wave> waves, @Nullable OffsetDateTime plannedStart,
		@Nullable OffsetDateTime plannedEnd, @Nullable String releaseNotes, @Nullable String backoutPlan,
		ReleaseState state, @Nullable String builder, String createdBy, Instant createdAt, @Nullable String currentStep,
		@Nullable String currentStepName, List<ChangeRef> changes, List<ArtifactView> artifacts,
		List<WaveProgress> waveProgress, @Nullable TestResults testResults, List<OpenTask> openTasks,
		List<Step> history, List<String> visitedElements, boolean artifactsLocked, @Nullable Instant endedAt,
		@Nullable ChangeView.Backout backout, @Nullable String rolloutRefusal, List<Override> overrides,
		@Nullable Integer modelVersion) {

	/**
	 * A change manager let the release roll out outside its changes' windows or inside a
	 * blackout.
	 *
	 * @param by who recorded it
	 * @param reason why
	 * @param refusal what the rollout would have been refused for then, or null
	 * @param at when
	 */
	@Schema(name = "RolloutOverride")
	public record Override(String by, String reason, @Nullable String refusal, Instant at) {
	}

	/**
	 * A bundled change.
	 *
	 * @param key its key
	 * @param title its title
	 * @param state where it stands
	 */
	public record ChangeRef(String key, String title, ChangeState state) {
	}

	/**
	 * An artifact of the definitive software library.
	 *
	 * @param id its identity
	 * @param name what it is
	 * @param version its version
	 * @param uri where the bytes are
	 * @param size their size
	 * @param sha256 their SHA-256
	 * @param registeredBy who registered it
	 * @param registeredAt when
	 */
	public record ArtifactView(UUID id, String name, String version, @Nullable String uri, long size, String sha256,
			@Nullable String registeredBy, Instant registeredAt) {
	}

	/**
	 * How far a wave is.
	 *
	 * @param wave its name
	 * @param environment where it deploys
	 * @param percent how much of it
	 * @param state PENDING, DEPLOYING, VERIFYING, DONE, FAILED (also when rolled back
	 * afterwards) or BACKED_OUT (deployed, then rolled back)
	 * @param deployStartedAt when its deployment started
	 * @param deployedAt when it was deployed
	 * @param verifiedAt when it was verified
	 * @param backedOutAt when it was backed out
	 * @param durationMs from deployment start to verification (or now)
	 * @param outcome what happened to it in words people read, e.g. "Deployed and
	 * verified, then rolled back", "Verification failed: error rate 4.2% above the 1.0%
	 * budget; rolled back" or "Not started"
	 * @param failureReason why its deployment or verification failed, as the executor
	 * said, or null
	 */
	public record WaveProgress(String wave, @Nullable String environment, int percent, String state,
			@Nullable Instant deployStartedAt, @Nullable Instant deployedAt, @Nullable Instant verifiedAt,
			@Nullable Instant backedOutAt, @Nullable Long durationMs, String outcome, @Nullable String failureReason) {
	}

	/**
	 * The outcome of the release's tests.
	 *
	 * @param passed how many passed
	 * @param failed how many failed
	 */
	public record TestResults(int passed, int failed) {
	}

	/**
	 * A task people still have to decide on.
	 *
	 * @param id the task id (for {@code POST /api/tasks/{id}/complete})
	 * @param kind what kind
	 * @param title what to do
	 * @param candidateGroups the roles it is offered to (a multi-instance task has one
	 * per role), so each person is shown only theirs
	 */
	public record OpenTask(UUID id, String kind, String title, List<String> candidateGroups) {
	}

	/**
	 * One entry of the timeline.
	 *
	 * @param at when
	 * @param elementId the BPMN element id
	 * @param stepName the label people read
	 * @param state the state the release moved to, or null
	 * @param actor who, or null for the system
	 * @param outcome how it ended, or null
	 * @param detail a comment or reason, or null
	 * @param wave the wave it belongs to, or null
	 */
	@Schema(name = "ReleaseStep")
	public record Step(Instant at, @Nullable String elementId, @Nullable String stepName, @Nullable ReleaseState state,
			@Nullable String actor, @Nullable String outcome, @Nullable String detail, @Nullable String wave) {

		static Step of(ReleaseStep step) {
			return new Step(step.at(), step.elementId(), step.stepName(), step.state(), step.actor(), step.outcome(),
					step.detail(), step.wave());
		}

	}

}
