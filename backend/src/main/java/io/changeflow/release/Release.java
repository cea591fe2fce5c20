package io.changeflow.release;

import io.changeflow.audit.DomainEvent;
import io.changeflow.platform.ApiException;
import io.changeflow.timeline.TimelineEntry;
import io.changeflow.timeline.TimelineStep;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.http.HttpStatus;

/**
 * A release: changes bundled to be built, tested and rolled out together. A release
 * engineer plans it while it is a draft; the build starts its process, which moves it
 * from then on. Each transition checks the state it starts from.
 */
@Entity
@Table(name = "software_release")
class Release {

	@Id
	private UUID id;

	@Column(name = "release_key", nullable = false, unique = true, updatable = false)
	private String key;

	private ReleasePlan plan;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false)
	private List<Wave> waves = new ArrayList<>();

	@Column(name = "release_notes", nullable = false)
	private String releaseNotes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReleaseState state;

	private String builder;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "built_at")
	private Instant builtAt;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	/** When it closed, was backed out, failed or was rejected. */
	@Column(name = "ended_at")
	private Instant endedAt;

	@Column(name = "process_instance_key")
	private Long processInstanceKey;

	/** Written with the engine handle (see the repository), never by a save. */
	@Column(name = "model_version", insertable = false, updatable = false)
	private Integer modelVersion;

	@Column(name = "current_step")
	private String currentStep;

	@Column(name = "current_step_name")
	private String currentStepName;

	@OneToMany(mappedBy = "release", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("addedAt, changeKey")
	private List<ReleaseMember> members = new ArrayList<>();

	@OneToMany(mappedBy = "release", cascade = CascadeType.PERSIST)
	@OrderBy("registeredAt, name")
	private List<Artifact> artifacts = new ArrayList<>();

	@OneToMany(mappedBy = "release", cascade = CascadeType.PERSIST)
	@OrderBy("at, id")
	private List<ReleaseStep> history = new ArrayList<>();

	@Version
	private long version;

	protected Release() {
	}

	Release(String key, ReleasePlan plan, String createdBy) {
		this.id = UUID.randomUUID();
		this.key = key;
		this.plan = plan;
		this.waves = new ArrayList<>(Wave.DEFAULT);
		this.releaseNotes = "";
		this.state = ReleaseState.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
	}

	void edit(ReleasePlan plan, String releaseNotes) {
		requireDraft("edit");
		this.plan = plan;
		if (releaseNotes != null) {
			this.releaseNotes = releaseNotes;
		}
		touch();
	}

	void planWaves(List<Wave> waves) {
		requireDraft("change the waves of");
		this.waves = new ArrayList<>(waves);
		touch();
	}

	void writeNotes(String notes) {
		requireDraft("regenerate the notes of");
		this.releaseNotes = notes;
		touch();
	}

	void bundle(String changeKey) {
		requireDraft("add changes to");
		if (changeKeys().contains(changeKey)) {
			throw new ApiException(HttpStatus.CONFLICT, "Already in the release",
					"%s is already in %s".formatted(changeKey, this.key), "changeKey");
		}
		this.members.add(new ReleaseMember(this, changeKey));
		touch();
	}

	void unbundle(String changeKey) {
		requireDraft("remove changes from");
		if (!this.members.removeIf((member) -> member.changeKey().equals(changeKey))) {
			throw ApiException.notFound("change in " + this.key, changeKey);
		}
		touch();
	}

	void register(ArtifactBody body, String by) {
		if (artifactsLocked()) {
			throw new ApiException(HttpStatus.CONFLICT, "Artifacts locked",
					"%s is %s: its artifacts can no longer change".formatted(this.key,
							(this.acceptedAt != null) ? "accepted" : "ended"),
					null);
		}
		if (this.artifacts.stream().anyMatch((artifact) -> artifact.name().equals(body.name().strip()))) {
			throw new ApiException(HttpStatus.CONFLICT, "Artifact exists",
					"%s already has an artifact named %s".formatted(this.key, body.name().strip()), "name");
		}
		this.artifacts.add(new Artifact(this, body, by));
		touch();
	}

	/** The builder starts the process: the plan is final from now on. */
	void build(String by) {
		requireDraft("build");
		if (this.members.isEmpty()) {
			throw ApiException.invalid("changeKeys", "a release needs at least one change to build");
		}
		this.builder = by;
		this.builtAt = Instant.now();
		this.state = ReleaseState.BUILDING;
		touch();
	}

	void runsAs(long processInstanceKey) {
		this.processInstanceKey = processInstanceKey;
	}

	/**
	 * Appends a step and makes it the current one; with a state, the release moves to it.
	 * A final state frees its changes for other releases. A step whose event was already
	 * recorded is ignored.
	 */
	boolean record(TimelineStep<ReleaseState> step) {
		if (TimelineEntry.recorded(this.history, step)) {
			return false;
		}
		this.history.add(new ReleaseStep(this, step));
		if (step.state() != null && !this.state.isFinal()) {
			if (step.state() == ReleaseState.PLAN_REVIEW && this.acceptedAt == null) {
				this.acceptedAt = step.at();
			}
			this.state = step.state();
			if (this.state.isFinal()) {
				this.endedAt = step.at();
				this.members.forEach(ReleaseMember::releaseEnded);
			}
		}
		if (step.actor() == null) {
			this.currentStep = step.elementId();
			this.currentStepName = step.stepName();
		}
		touch();
		return true;
	}

	boolean artifactsLocked() {
		return this.acceptedAt != null || this.state.isFinal();
	}

	private void requireDraft(String action) {
		if (this.state != ReleaseState.DRAFT) {
			throw new ApiException(HttpStatus.CONFLICT, "Release already built",
					"Cannot %s %s: it is %s".formatted(action, this.key, this.state), null);
		}
	}

	private void touch() {
		this.updatedAt = Instant.now();
	}

	String key() {
		return this.key;
	}

	ReleasePlan plan() {
		return this.plan;
	}

	List<Wave> waves() {
		return List.copyOf(this.waves);
	}

	String releaseNotes() {
		return this.releaseNotes;
	}

	ReleaseState state() {
		return this.state;
	}

	String builder() {
		return this.builder;
	}

	String createdBy() {
		return this.createdBy;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	Instant endedAt() {
		return this.endedAt;
	}

	UUID id() {
		return this.id;
	}

	/** The version of the release model its process started on, or null. */
	Integer modelVersion() {
		return this.modelVersion;
	}

	Long processInstanceKey() {
		return this.processInstanceKey;
	}

	String currentStep() {
		return this.currentStep;
	}

	String currentStepName() {
		return this.currentStepName;
	}

	List<String> changeKeys() {
		return this.members.stream().map(ReleaseMember::changeKey).toList();
	}

	/**
	 * Something that happened to this release, for the audit log: its key and the CIs its
	 * changes touch, with the state it is in now.
	 * @param action the past-tense event name
	 * @param cis the CIs of its changes
	 * @return the event, to be given its details and published
	 */
	DomainEvent event(String action, List<String> cis) {
		return DomainEvent.of(action, "RELEASE", this.key)
			.touching(cis)
			.after(Map.of("state", this.state.name()))
			.correlatedBy(Map.of("changes", changeKeys()));
	}

	List<Artifact> artifacts() {
		return List.copyOf(this.artifacts);
	}

	List<ReleaseView.Step> history() {
		return this.history.stream().map(ReleaseView.Step::of).toList();
	}

	ReleaseSummary summary() {
		return new ReleaseSummary(this.key, this.plan.name(), this.plan.type(), this.state, this.plan.plannedStart(),
				this.plan.plannedEnd(), this.members.size(), this.currentStepName, this.updatedAt, this.createdAt,
				this.endedAt);
	}

}
