package io.changeflow.release;

import io.changeflow.change.ChangeReleases;
import io.changeflow.change.ChangeView;
import io.changeflow.execution.Executions;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the change page which releases bundle or bundled a change, and for one that
 * backed it out, at which wave and why.
 */
@Component
class ReleasesOfChanges implements ChangeReleases {

	private final ReleaseRepository releases;

	private final Executions executions;

	ReleasesOfChanges(ReleaseRepository releases, Executions executions) {
		this.releases = releases;
		this.executions = executions;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ChangeView.ReleaseRef> of(String changeKey) {
		return this.releases.bundling(changeKey)
			.stream()
			.map((release) -> new ChangeView.ReleaseRef(release.key(), release.plan().name(), release.state().name(),
					release.endedAt(), backoutOf(release)))
			.toList();
	}

	private ChangeView.Backout backoutOf(Release release) {
		if (release.state() != ReleaseState.BACKING_OUT && release.state() != ReleaseState.BACKED_OUT
				&& release.state() != ReleaseState.FAILED) {
			return null;
		}
		var progress = RolloutProgress.of(release.waves(), this.executions.ofRelease(release.key()),
				release.state().isFinal());
		return Backouts.of(release.state(), progress, release.history());
	}

}
