package io.changeflow.release;

import io.changeflow.cmdb.CiType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What a release engineer plans for a release, checked by the service before it is
 * stored.
 *
 * @param name what people call it
 * @param type delta, full or package
 * @param releaseUnit the CI types it covers; empty means every type its changes touch
 * @param environments where it goes
 * @param plannedStart start of the planned window
 * @param plannedEnd end of the planned window
 * @param backoutPlan how it is undone
 */
@Embeddable
record ReleasePlan(@Column(nullable = false) String name,
		@Enumerated(EnumType.STRING) @Column(nullable = false) ReleaseType type,
		@JdbcTypeCode(SqlTypes.ARRAY) @Column(name = "release_unit", nullable = false) List<String> releaseUnit,
		@JdbcTypeCode(SqlTypes.ARRAY) @Column(nullable = false) List<String> environments,
		@Column(name = "planned_start", nullable = false) OffsetDateTime plannedStart,
		@Column(name = "planned_end", nullable = false) OffsetDateTime plannedEnd,
		@Column(name = "backout_plan", nullable = false) String backoutPlan) {

	List<CiType> ciTypes() {
		return this.releaseUnit.stream().map(CiType::valueOf).toList();
	}

}
