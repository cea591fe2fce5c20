package io.changeflow.release;

import io.changeflow.cmdb.CiType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a release engineer writes when creating or editing a release.
 *
 * @param name what people call it
 * @param type delta, full or package
 * @param releaseUnit the CI types it covers; empty or missing: every type
 * @param environments where it goes; missing: those of the default waves
 * @param plannedStart start of the planned window
 * @param plannedEnd end of the planned window, after the start
 * @param backoutPlan how it is undone
 * @param releaseNotes the notes (edit only; created releases get generated notes)
 * @param changeKeys the changes to bundle (create only), each ready for release
 */
record ReleaseBody(@NotBlank @Size(max = 200) String name, @NotNull ReleaseType type,
		@Size(max = 10) List<CiType> releaseUnit, @Size(max = 10) List<@NotBlank @Size(max = 40) String> environments,
		@NotNull OffsetDateTime plannedStart, @NotNull OffsetDateTime plannedEnd,
		@NotBlank @Size(max = 5000) String backoutPlan, @Size(max = 20000) String releaseNotes,
		@Size(max = 100) List<@NotBlank @Size(max = 20) String> changeKeys) {
}
