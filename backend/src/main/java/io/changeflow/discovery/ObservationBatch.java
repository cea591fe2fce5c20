package io.changeflow.discovery;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a discovery tool saw, sent as one batch.
 *
 * @param source the tool, e.g. {@code netscan-eu}; batch ids are unique per source
 * @param batchId the tool's id of this batch: sending it again changes nothing
 * @param observations at most {@value ObservationBatch#MAX_OBSERVATIONS}
 */
record ObservationBatch(
		@NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*",
				message = "A source can only contain letters, digits and the signs . _ : and -.") String source,
		@NotBlank @Size(max = 100) String batchId,
		@NotNull @NotEmpty @Size(max = MAX_OBSERVATIONS) List<@NotNull @Valid Observation> observations) {

	static final int MAX_OBSERVATIONS = 1000;

	/**
	 * One attribute of one item as the tool saw it.
	 *
	 * @param ciKey the item, e.g. CI-00003
	 * @param attribute version, location, or a free-form attribute such as os
	 * @param value the value seen
	 * @param observedAt when it was seen
	 */
	record Observation(@NotBlank @Size(max = 20) String ciKey, @NotBlank @Size(max = 60) @Pattern(
			regexp = "[A-Za-z][A-Za-z0-9_.-]*",
			message = "An attribute starts with a letter and can only contain letters, digits and the signs . _ and -.") String attribute,
			@NotBlank @Size(max = 2000) String value, @NotNull OffsetDateTime observedAt) {
	}

}
