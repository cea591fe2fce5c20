package io.changeflow.change;

import io.changeflow.cmdb.CiView;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.lang.Nullable;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A change as the API shows it: what was asked, where it stands and how it got there. The
 * planned window carries the offset of the change's time zone.
 *
 * @param key the human key, e.g. CHG-000042
 * @param title the title
 * @param description what changes
 * @param justification why
 * @param category what kind of thing changes
 * @param requester who asked for it
 * @param implementer who carries it out, or null
 * @param affectedCis keys of the configuration items it touches
 * @param cis those items as the CMDB describes them now (name, type, environment), so
 * pages name them; a key the CMDB no longer has is left out
 * @param impact 1 (high) .. 3 (low), or null in a draft
 * @param urgency 1 (high) .. 3 (low), or null in a draft
 * @param implementationPlan how it is done
 * @param testPlan how success is checked
 * @param backoutPlan how it is undone
 * @param plannedStart start of the planned window
 * @param plannedEnd end of the planned window
 * @param timeZone the IANA zone the window is shown in
 * @param incidentRefs incidents it resolves
 * @param emergency the requester asks for the emergency route
 * @param changeModelId the standard change model it follows, or null
 * @param state where it stands
 * @param changeClass standard, normal or emergency, once classified
 * @param risk the risk, once classified
 * @param priority P1..P5, once classified
 * @param revision 1, plus one for each resubmission
 * @param currentStep the BPMN element id the process waits in, or null
 * @param currentStepName its label
 * @param closeReason why it ended, once it ended
 * @param createdAt when it was drafted
 * @param updatedAt when it last changed
 * @param submittedAt when it was first submitted, or null
 * @param attachments the files it refers to
 * @param history what happened to it, oldest first
 * @param releases the releases that bundle or bundled it, oldest first: which one
 * implemented it, or backed it out and why
 * @param implementedAt when its release implemented or backed it out (it moved to review
 * or closed), or null
 * @param modelVersion the version of the {@code change_request} model its current run
 * started on (its diagram: {@code /api/processes/change_request/diagram?version=}), or
 * null before its process started
 */
public record ChangeView(String key, String title, @Nullable String description, @Nullable String justification,
		@Nullable ChangeCategory category, String requester, @Nullable String implementer, List<String> affectedCis,
		List<CiView> cis, @Nullable Integer impact, @Nullable Integer urgency, @Nullable String implementationPlan,
		@Nullable String testPlan, @Nullable String backoutPlan, @Nullable OffsetDateTime plannedStart,
		@Nullable OffsetDateTime plannedEnd, @Nullable String timeZone, List<String> incidentRefs, boolean emergency,
		@Nullable UUID changeModelId, ChangeState state, @Nullable ChangeClass changeClass, @Nullable Risk risk,
		@Nullable String priority, int revision, @Nullable String currentStep, @Nullable String currentStepName,
		@Nullable String closeReason, Instant createdAt, @Nullable Instant updatedAt, @Nullable Instant submittedAt,
		List<Attachment> attachments, List<Step> history, List<ReleaseRef> releases, @Nullable Instant implementedAt,
		@Nullable Integer modelVersion) {

	static ChangeView of(ChangeRequest change, List<CiView> cis, List<ReleaseRef> releases) {
		ChangeDetails d = change.details();
		ZoneId zone = (d.timeZone() != null) ? ZoneId.of(d.timeZone()) : null;
		return new ChangeView(change.key(), d.title(), d.description(), d.justification(), d.category(),
				change.requester(), d.implementer(), change.affectedCis(), cis, d.impact(), d.urgency(),
				d.implementationPlan(), d.testPlan(), d.backoutPlan(), inZone(d.plannedStart(), zone),
				inZone(d.plannedEnd(), zone), d.timeZone(), change.incidentRefs(), d.emergency(), d.changeModelId(),
				change.state(), change.changeClass(), change.risk(), change.priority(), change.revision(),
				change.currentStep(), change.currentStepName(), change.closeReason(), change.createdAt(),
				change.updatedAt(), change.submittedAt(),
				change.attachments().stream().map(ChangeAttachment::view).toList(),
				change.history().stream().map(Step::of).toList(), List.copyOf(releases), change.implementedAt(),
				change.modelVersion());
	}

	/**
	 * A release that bundles or bundled the change.
	 *
	 * @param key the release key, e.g. REL-2026.11-3
	 * @param name its name
	 * @param state where it stands (a release state, e.g. CLOSED or BACKED_OUT)
	 * @param endedAt when it ended, or null while it runs
	 * @param backout for a release backed out or failed: at which wave and why; else null
	 */
	@Schema(name = "ChangeReleaseRef")
	public record ReleaseRef(String key, String name, String state, @Nullable Instant endedAt,
			@Nullable Backout backout) {
	}

	/**
	 * Why a release backed its changes out.
	 *
	 * @param wave the wave it stopped at (the failed one, or the last one deployed when a
	 * person backed it out), or null when it stopped before any wave
	 * @param reason the failed verification's (or deployment's) reason, or who asked for
	 * the back-out and why
	 * @param summary one sentence saying both, e.g. "Backed out at wave staging:
	 * verification failed: error rate 4.2% above the 1.0% budget"
	 */
	@Schema(name = "ReleaseBackout")
	public record Backout(@Nullable String wave, String reason, String summary) {
	}

	/**
	 * A time of the planned window with the offset of the change's time zone; a draft may
	 * have neither.
	 */
	static OffsetDateTime inZone(OffsetDateTime time, ZoneId zone) {
		if (time == null || zone == null) {
			return time;
		}
		return time.atZoneSameInstant(zone).toOffsetDateTime();
	}

	/**
	 * A file the change refers to.
	 *
	 * @param name the file name
	 * @param size its size in bytes
	 * @param sha256 the SHA-256 of its content, lowercase hex
	 * @param addedBy who added it
	 * @param addedAt when
	 */
	public record Attachment(String name, long size, @Nullable String sha256, @Nullable String addedBy,
			@Nullable Instant addedAt) {
	}

	/**
	 * One entry of the timeline.
	 *
	 * @param at when
	 * @param elementId the BPMN element id
	 * @param stepName the label people read
	 * @param state the state the change moved to, or null
	 * @param actor who, or null for the system
	 * @param outcome how it ended, or null
	 * @param detail a comment, question or reason, or null
	 */
	@Schema(name = "ChangeStep")
	public record Step(Instant at, @Nullable String elementId, @Nullable String stepName, @Nullable ChangeState state,
			@Nullable String actor, @Nullable String outcome, @Nullable String detail) {

		static Step of(ChangeStep step) {
			return new Step(step.at(), step.elementId(), step.stepName(), step.state(), step.actor(), step.outcome(),
					step.detail());
		}

	}

}
