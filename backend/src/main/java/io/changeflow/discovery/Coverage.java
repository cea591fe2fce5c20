package io.changeflow.discovery;

import io.changeflow.change.ChangeQueries;
import io.changeflow.cmdb.CiChangeCause;
import io.changeflow.cmdb.CmdbService;
import io.changeflow.release.ReleaseQueries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Whether an approved change or release covers a change seen on an item at a moment: an
 * approved change naming the item whose planned window contains the moment, or a release
 * bundling an approved change naming the item whose rollout was running. Both allow a
 * grace after the end: a discovery tool often scans some time after the work.
 */
@Component
class Coverage {

	/** How long after a window or rollout ends an observed change still counts as its. */
	static final Duration GRACE = Duration.ofHours(1);

	private final ChangeQueries changes;

	private final ReleaseQueries releases;

	private final CmdbService cmdb;

	Coverage(ChangeQueries changes, ReleaseQueries releases, CmdbService cmdb) {
		this.changes = changes;
		this.releases = releases;
		this.cmdb = cmdb;
	}

	/**
	 * What covers the change, if anything.
	 * @param ciKey the item
	 * @param attribute the attribute that changed
	 * @param at when it was seen
	 * @return the covering change (cause CHANGE) or release (cause RELEASE)
	 */
	Optional<Covered> of(String ciKey, String attribute, Instant at) {
		List<String> inWindow = this.changes.approvedCovering(ciKey, at, GRACE);
		if (!inWindow.isEmpty()) {
			return Optional.of(new Covered(CiChangeCause.CHANGE, inWindow.get(0)));
		}
		// A release writes a field of an item once (the CMDB keeps one row per release
		// and
		// field): when it already set this field, a different value now is not what it
		// deployed.
		return this.releases.rollingOut(this.changes.approvedTouching(ciKey), at, GRACE)
			.stream()
			.filter((release) -> this.cmdb.history(ciKey)
				.stream()
				.noneMatch((row) -> release.equals(row.releaseKey()) && attribute.equals(row.field())))
			.findFirst()
			.map((release) -> new Covered(CiChangeCause.RELEASE, release));
	}

	record Covered(CiChangeCause cause, String key) {
	}

}
