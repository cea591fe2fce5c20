package io.changeflow.release;

import io.changeflow.schedule.CalendarReleases;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the change calendar shows of releases: their planned rollout windows.
 */
@Component
class ReleasesOnCalendar implements CalendarReleases {

	private final ReleaseRepository releases;

	ReleasesOnCalendar(ReleaseRepository releases) {
		this.releases = releases;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PlannedRelease> between(OffsetDateTime from, OffsetDateTime to) {
		return this.releases.plannedBetween(from, to)
			.stream()
			.map((release) -> new PlannedRelease(release.key(), release.plan().name(), release.state().name(),
					release.plan().plannedStart(), release.plan().plannedEnd(), release.changeKeys()))
			.toList();
	}

}
