package io.changeflow.change;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What the requester wrote in an RFC, after validation; with a change model, the category
 * and plans are the model's. A draft may lack everything but its title; from submission
 * on only the implementer and the change model may be null (the database checks it too).
 *
 * @param title the title
 * @param description what changes
 * @param justification why
 * @param category what kind of thing changes
 * @param implementer who carries it out, or null
 * @param impact 1 (high) .. 3 (low), or null in a draft
 * @param urgency 1 (high) .. 3 (low), or null in a draft
 * @param implementationPlan how it is done
 * @param testPlan how success is checked
 * @param backoutPlan how it is undone
 * @param plannedStart start of the planned window
 * @param plannedEnd end of the planned window
 * @param timeZone the IANA zone the window is shown in
 * @param emergency the requester asks for the emergency route
 * @param changeModelId the standard change model it follows, or null
 */
@Embeddable
record ChangeDetails(@Column(nullable = false) String title, String description, String justification,
		@Enumerated(EnumType.STRING) ChangeCategory category, String implementer, Integer impact, Integer urgency,
		@Column(name = "implementation_plan") String implementationPlan, @Column(name = "test_plan") String testPlan,
		@Column(name = "backout_plan") String backoutPlan, @Column(name = "planned_start") OffsetDateTime plannedStart,
		@Column(name = "planned_end") OffsetDateTime plannedEnd, @Column(name = "time_zone") String timeZone,
		@Column(nullable = false) boolean emergency, @Column(name = "change_model_id") UUID changeModelId) {

	ChangeDetails rescheduled(OffsetDateTime start, OffsetDateTime end) {
		return new ChangeDetails(this.title, this.description, this.justification, this.category, this.implementer,
				this.impact, this.urgency, this.implementationPlan, this.testPlan, this.backoutPlan, start, end,
				this.timeZone, this.emergency, this.changeModelId);
	}

}
