package io.changeflow.release;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An artifact to register in the definitive software library.
 *
 * @param name what it is, e.g. checkout-api; an artifact named after a configuration item
 * gives that item its version when the release is implemented
 * @param version its version, e.g. 2.9.0
 * @param uri where the bytes are
 * @param size their size in bytes
 * @param sha256 the SHA-256 of the bytes, 64 hex digits
 */
record ArtifactBody(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 100) String version,
		@NotBlank @Size(max = 2000) String uri, @NotNull @PositiveOrZero Long size,
		@NotNull @Pattern(regexp = "[0-9a-fA-F]{64}", message = "Give the SHA-256 as 64 hex digits.") String sha256) {
}
