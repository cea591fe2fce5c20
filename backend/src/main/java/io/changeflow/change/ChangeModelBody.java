package io.changeflow.change;

import io.changeflow.cmdb.CiType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A standard change model as an admin writes it.
 *
 * @param name a unique name, e.g. "Restart app server"
 * @param description when to use it
 * @param category the category of its changes
 * @param implementationPlan the fixed implementation plan
 * @param testPlan the fixed test plan
 * @param backoutPlan the fixed backout plan
 * @param allowedCiTypes the kinds of configuration item it may touch
 */
record ChangeModelBody(
		@NotBlank @Size(min = 3, max = 200) @Pattern(regexp = "[^<>]*",
				message = "The name cannot contain < or >.") @PlainText String name,
		@NotBlank @Size(max = 20_000) @PlainText String description, @NotNull ChangeCategory category,
		@NotBlank @Size(max = 20_000) @PlainText String implementationPlan,
		@NotBlank @Size(max = 20_000) @PlainText String testPlan,
		@NotBlank @Size(max = 20_000) @PlainText String backoutPlan,
		@NotEmpty @Size(max = 20) List<@NotNull CiType> allowedCiTypes) {
}
