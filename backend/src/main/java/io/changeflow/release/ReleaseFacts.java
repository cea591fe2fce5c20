package io.changeflow.release;

import io.changeflow.cmdb.CiType;
import java.util.List;
import java.util.Map;

/**
 * What the workers of the {@code release} process read about a release.
 *
 * @param id the release's identity (its key is a name that a reset database gives out
 * again)
 * @param key the release key
 * @param name its name
 * @param builder who built it
 * @param changeKeys the bundled changes
 * @param releaseUnit the CI types it covers (empty: all)
 * @param artifactVersions artifact version by artifact name
 * @param releaseNotes the notes
 */
record ReleaseFacts(java.util.UUID id, String key, String name, String builder, List<String> changeKeys,
		List<CiType> releaseUnit, Map<String, String> artifactVersions, String releaseNotes) {
}
