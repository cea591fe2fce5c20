package io.changeflow.cmdb;

import java.util.Map;
import org.springframework.lang.Nullable;

/**
 * A configuration item as the API shows it.
 *
 * @param key the human key, e.g. CI-00042
 * @param name the name
 * @param type the kind of item
 * @param environment where it runs (prod, staging, test)
 * @param criticality how much its failure hurts
 * @param ownerGroup the team that owns it
 * @param version the version deployed now, if it has one
 * @param location where it is (data centre, region, site), if known
 * @param lifecycleStatus planned, in service, in maintenance or retired
 * @param attributes anything else worth knowing (os, ip, users of a business service...)
 */
public record CiView(String key, String name, CiType type, @Nullable String environment,
		@Nullable Criticality criticality, @Nullable String ownerGroup, @Nullable String version,
		@Nullable String location, LifecycleStatus lifecycleStatus, Map<String, Object> attributes) {
}
