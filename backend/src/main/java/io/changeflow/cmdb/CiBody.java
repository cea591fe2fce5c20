package io.changeflow.cmdb;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.lang.Nullable;

/**
 * A configuration item as an admin (or an import row) writes it. The version is taken
 * only when the item is created: after that only releases change it.
 *
 * @param name e.g. checkout-api
 * @param type the kind of item
 * @param environment prod, staging, test...
 * @param location data centre, region or site
 * @param criticality how much its failure hurts
 * @param ownerGroup the team that owns it
 * @param lifecycleStatus in service when not given
 * @param version the version it runs when created
 * @param attributes anything else (at most 50 entries)
 */
public record CiBody(@NotBlank @Size(max = 200) String name, @NotNull CiType type,
		@NotBlank @Size(max = 40) String environment, @Nullable @Size(max = 100) String location,
		@NotNull Criticality criticality, @NotBlank @Size(max = 100) String ownerGroup,
		@Nullable LifecycleStatus lifecycleStatus, @Nullable @Size(max = 100) String version,
		@Nullable @Size(max = 50) Map<String, Object> attributes) {
}
