package io.changeflow.change;

import org.springframework.lang.Nullable;

import io.changeflow.cmdb.CiType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A standard change model as the API shows it.
 *
 * @param id its id, which an RFC names as {@code changeModelId}
 * @param name the name
 * @param description when to use it
 * @param category the category of its changes
 * @param implementationPlan the fixed implementation plan
 * @param testPlan the fixed test plan
 * @param backoutPlan the fixed backout plan
 * @param allowedCiTypes the kinds of configuration item it may touch
 * @param active whether new RFCs may use it
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
record ChangeModelView(UUID id, String name, @Nullable String description, @Nullable ChangeCategory category,
		@Nullable String implementationPlan, @Nullable String testPlan, @Nullable String backoutPlan,
		List<CiType> allowedCiTypes, boolean active, Instant createdAt, @Nullable Instant updatedAt) {
}
