package io.changeflow.schedule;

import org.springframework.lang.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * A blackout window as an admin declares it.
 *
 * @param name e.g. "Year-end freeze"
 * @param startsAt start
 * @param endsAt end, after the start
 * @param scope the key of the item it freezes (usually a business service; everything it
 * depends on freezes with it), or null (or blank) for a global freeze
 * @param reason why, or null
 */
record BlackoutBody(@NotBlank @Size(max = 200) String name, @NotNull OffsetDateTime startsAt,
		@NotNull OffsetDateTime endsAt, @Nullable @Size(max = 20) String scope,
		@Nullable @Size(max = 2000) String reason) {
}
