package io.changeflow.change;

import io.changeflow.audit.DomainEvent;
import io.changeflow.platform.ApiException;
import io.changeflow.timeline.TimelineEntry;
import io.changeflow.timeline.TimelineStep;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.http.HttpStatus;

/**
 * A request for change. The requester edits it while it is a draft or while the process
 * asks for information; from submission on, its process moves it, and each move appends a
 * step to its timeline. Every transition checks the state it starts from.
 */
@Entity
@Table(name = "change_request")
class ChangeRequest {

	/** Too late to withdraw: the release owns the change now. */
	private static final Set<ChangeState> APPROVED = EnumSet.of(ChangeState.SCHEDULING, ChangeState.SCHEDULE_CONFLICT,
			ChangeState.READY_FOR_RELEASE);

	private static final Set<ChangeState> NOT_WITHDRAWABLE = EnumSet.of(ChangeState.READY_FOR_RELEASE,
			ChangeState.IN_PIR);

	@Id
	private UUID id;

	@Column(name = "change_key", nullable = false, unique = true, updatable = false)
	private String key;

	@Column(nullable = false, updatable = false)
	private String requester;

	private ChangeDetails details;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "affected_cis", nullable = false)
	private List<String> affectedCis = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "incident_refs", nullable = false)
	private List<String> incidentRefs = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "change_attachment", joinColumns = @JoinColumn(name = "change_id"))
	@OrderBy("addedAt, name")
	private List<ChangeAttachment> attachments = new ArrayList<>();

	@OneToMany(mappedBy = "change", cascade = CascadeType.PERSIST)
	@OrderBy("at, id")
	private List<ChangeStep> history = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ChangeState state;

	@Enumerated(EnumType.STRING)
	@Column(name = "change_class")
	private ChangeClass changeClass;

	@Enumerated(EnumType.STRING)
	private Risk risk;

	private String priority;

	@Column(nullable = false)
	private int revision;

	@Column(name = "process_instance_key")
	private Long processInstanceKey;

	/** Written with the engine handle (see the repository), never by a save. */
	@Column(name = "model_version", insertable = false, updatable = false)
	private Integer modelVersion;

	@Column(name = "current_step")
	private String currentStep;

	@Column(name = "current_step_name")
	private String currentStepName;

	@Column(name = "close_reason")
	private String closeReason;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	/** When its release implemented or backed it out (it moved to review or closed). */
	@Column(name = "implemented_at")
	private Instant implementedAt;

	@Version
	private long version;

	protected ChangeRequest() {
	}

	ChangeRequest(String key, String requester, ChangeDetails details, List<String> affectedCis,
			List<String> incidentRefs) {
		this.id = UUID.randomUUID();
		this.key = key;
		this.requester = requester;
		this.state = ChangeState.DRAFT;
		this.revision = 1;
		this.createdAt = Instant.now();
		this.updatedAt = this.createdAt;
		describe(details, affectedCis, incidentRefs);
	}

	/** Replaces what the requester wrote; only while it is theirs to edit. */
	void edit(ChangeDetails details, List<String> affectedCis, List<String> incidentRefs) {
		requireEditable();
		describe(details, affectedCis, incidentRefs);
		touch();
	}

	private void describe(ChangeDetails details, List<String> affectedCis, List<String> incidentRefs) {
		this.details = details;
		this.affectedCis = new ArrayList<>(affectedCis);
		this.incidentRefs = new ArrayList<>(incidentRefs);
	}

	/**
	 * Replaces the attachments; files already attached keep who added them and when.
	 */
	void attach(List<ChangeRequestBody.Attachment> files, String by) {
		requireEditable();
		List<ChangeAttachment> replaced = new ArrayList<>();
		for (ChangeRequestBody.Attachment file : files) {
			replaced.add(this.attachments.stream()
				.filter((existing) -> existing.isFile(file.name(), file.sha256()))
				.findFirst()
				.orElseGet(() -> new ChangeAttachment(file.name(), file.size(), file.sha256(), by, Instant.now())));
		}
		this.attachments.clear();
		this.attachments.addAll(replaced);
	}

	/**
	 * Hands a draft to its process, or the answer to a request for information back to
	 * it.
	 * @return true when it was a resubmission
	 */
	boolean submit(String by) {
		if (this.state == ChangeState.DRAFT) {
			this.submittedAt = Instant.now();
			append(new TimelineStep<>("rfc_submitted", "Submitted", ChangeState.SUBMITTED, by, null, null, null));
			return false;
		}
		if (this.state == ChangeState.INFO_REQUESTED) {
			this.revision++;
			append(new TimelineStep<>("provide_information", "Resubmitted", ChangeState.SUBMITTED, by, "resubmitted",
					"Revision " + this.revision, null));
			return true;
		}
		throw conflict("only a draft or a change waiting for information can be submitted");
	}

	/** The version of its process model the current run started on, or null. */
	Integer modelVersion() {
		return this.modelVersion;
	}

	Long processInstanceKey() {
		return this.processInstanceKey;
	}

	/** The engine's handle of the process now running for it. */
	void runsAs(long processInstanceKey) {
		this.processInstanceKey = processInstanceKey;
	}

	/** A new run of its process is due; the engine hears of it after the commit. */
	void awaitsProcess() {
		this.processInstanceKey = null;
	}

	void withdraw(String reason, String by) {
		if (this.state.isFinal() || NOT_WITHDRAWABLE.contains(this.state)) {
			throw conflict("it can no longer be withdrawn");
		}
		end(ChangeState.WITHDRAWN, reason, by);
	}

	/**
	 * Appends a step of its process, unless the same step was appended before.
	 * @return false when it was a repeat
	 */
	boolean record(TimelineStep<ChangeState> step) {
		if (TimelineEntry.recorded(this.history, step)) {
			return false;
		}
		if (step.state() != null && (!step.state().isOpen() || !this.state.isOpen())) {
			throw conflict("a process step cannot move it to " + step.state());
		}
		append(step);
		return true;
	}

	boolean classify(ChangeClass changeClass, Risk risk, String priority, String by) {
		requireOpen("it cannot be classified");
		if (changeClass == this.changeClass && risk == this.risk && priority.equals(this.priority)) {
			return false;
		}
		this.changeClass = changeClass;
		this.risk = risk;
		this.priority = priority;
		append(new TimelineStep<>("classify_change", "Classified", null, by, changeClass.name(),
				"%s change, %s risk, %s".formatted(changeClass, risk, priority), null));
		return true;
	}

	boolean requestInformation(String question, String by) {
		if (this.state == ChangeState.INFO_REQUESTED && !this.history.isEmpty()
				&& question.equals(this.history.get(this.history.size() - 1).detail())) {
			return false;
		}
		requireOpen("no information can be requested");
		if (NOT_WITHDRAWABLE.contains(this.state)) {
			throw conflict("no information can be requested");
		}
		append(new TimelineStep<>("request_information", "Information requested", ChangeState.INFO_REQUESTED, by, null,
				question, null));
		return true;
	}

	boolean finish(ChangeState finalState, String reason, String by) {
		if (!finalState.isFinal()) {
			throw new IllegalArgumentException(finalState + " is not a final state");
		}
		if (this.state == finalState) {
			return false;
		}
		if (!this.state.isOpen() && !(this.state == ChangeState.DRAFT && finalState == ChangeState.WITHDRAWN)) {
			throw conflict("it cannot become " + finalState);
		}
		end(finalState, reason, by);
		return true;
	}

	boolean reschedule(OffsetDateTime start, OffsetDateTime end, String by) {
		requireOpen("it cannot be rescheduled");
		if (!end.isAfter(start)) {
			throw ApiException.invalid("plannedEnd", "must be after plannedStart");
		}
		if (start.isEqual(this.details.plannedStart()) && end.isEqual(this.details.plannedEnd())) {
			return false;
		}
		this.details = this.details.rescheduled(start, end);
		ZoneId zone = ZoneId.of(this.details.timeZone());
		append(new TimelineStep<>("schedule_change", "Rescheduled", null, by, null,
				"%s to %s (%s)".formatted(start.atZoneSameInstant(zone).toLocalDateTime(),
						end.atZoneSameInstant(zone).toLocalDateTime(), zone),
				null));
		return true;
	}

	private void end(ChangeState finalState, String reason, String by) {
		this.closeReason = reason;
		String name = switch (finalState) {
			case CLOSED -> "Closed";
			case REJECTED -> "Rejected";
			default -> "Withdrawn";
		};
		append(new TimelineStep<>("change_" + finalState.name().toLowerCase(Locale.ROOT), name, finalState, by, null,
				reason, null));
	}

	private void append(TimelineStep<ChangeState> step) {
		this.history.add(new ChangeStep(this, step));
		this.currentStep = step.elementId();
		this.currentStepName = step.stepName();
		if (step.state() != null) {
			this.state = step.state();
			if ((this.state == ChangeState.IN_PIR || this.state == ChangeState.CLOSED) && this.implementedAt == null) {
				this.implementedAt = step.at();
			}
		}
		touch();
	}

	private void touch() {
		this.updatedAt = Instant.now();
	}

	void requireEditable() {
		if (this.state != ChangeState.DRAFT && this.state != ChangeState.INFO_REQUESTED && !isApproved()) {
			throw conflict("it can only change through its process");
		}
	}

	/**
	 * Approved and scheduled, not yet implemented: an edit now is a new revision that has
	 * to be approved again.
	 */
	boolean isApproved() {
		return APPROVED.contains(this.state);
	}

	/**
	 * Starts the next revision after an edit of an approved change: back to the start.
	 */
	void revise(String by) {
		if (!isApproved()) {
			throw conflict("only an approved change not yet implemented is revised");
		}
		this.revision++;
		append(new TimelineStep<>("rfc_submitted", "Revised after approval: needs approval again",
				ChangeState.SUBMITTED, by, "revised", "Revision " + this.revision, null));
		touch();
	}

	private void requireOpen(String what) {
		if (!this.state.isOpen()) {
			throw conflict(what);
		}
	}

	private ApiException conflict(String what) {
		return new ApiException(HttpStatus.CONFLICT, "Change is " + this.state,
				"Change %s is %s: %s".formatted(this.key, this.state, what), null);
	}

	UUID id() {
		return this.id;
	}

	String key() {
		return this.key;
	}

	String requester() {
		return this.requester;
	}

	ChangeState state() {
		return this.state;
	}

	String currentStep() {
		return this.currentStep;
	}

	String currentStepName() {
		return this.currentStepName;
	}

	ChangeDetails details() {
		return this.details;
	}

	List<String> affectedCis() {
		return List.copyOf(this.affectedCis);
	}

	/**
	 * Something that happened to this change, for the audit log: its key and the CIs it
	 * touches, with the state it is in now.
	 * @param action the past-tense event name
	 * @return the event, to be given its details and published
	 */
	DomainEvent event(String action) {
		return DomainEvent.of(action, "CHANGE", this.key)
			.touching(affectedCis())
			.after(Map.of("state", this.state.name()));
	}

	/**
	 * Which run of its process the change follows: a new revision is a new run, and a new
	 * change under a reused key (the key counter restarted) another.
	 */
	String run() {
		return this.id + "/" + this.revision;
	}

	List<String> incidentRefs() {
		return List.copyOf(this.incidentRefs);
	}

	List<ChangeAttachment> attachments() {
		return List.copyOf(this.attachments);
	}

	List<ChangeStep> history() {
		return List.copyOf(this.history);
	}

	ChangeClass changeClass() {
		return this.changeClass;
	}

	Risk risk() {
		return this.risk;
	}

	String priority() {
		return this.priority;
	}

	int revision() {
		return this.revision;
	}

	String closeReason() {
		return this.closeReason;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	Instant submittedAt() {
		return this.submittedAt;
	}

	Instant implementedAt() {
		return this.implementedAt;
	}

}
