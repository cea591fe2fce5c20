package io.changeflow.release;

import io.changeflow.change.ChangeQueries;
import io.changeflow.change.ChangeView;
import io.changeflow.platform.ApiException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of releases: the views the API shows, the changes a release could bundle, and
 * whether a business key names a release. Nothing here writes.
 */
@Service
@Transactional(readOnly = true)
public class ReleaseQueries {

	private final ReleaseRepository releases;

	private final ChangeQueries changes;

	private final ReleaseViews views;

	ReleaseQueries(ReleaseRepository releases, ChangeQueries changes, ReleaseViews views) {
		this.releases = releases;
		this.changes = changes;
		this.views = views;
	}

	List<ReleaseSummary> list(ReleaseState state, String text) {
		String q = (text == null || text.isBlank()) ? null : text.strip().toLowerCase(Locale.ROOT);
		return this.releases.findAllByOrderByCreatedAtDesc()
			.stream()
			.filter((release) -> state == null || release.state() == state)
			.filter((release) -> q == null || release.key().toLowerCase(Locale.ROOT).contains(q)
					|| release.plan().name().toLowerCase(Locale.ROOT).contains(q))
			.map(Release::summary)
			.toList();
	}

	/**
	 * A release with its changes, artifacts, progress and timeline.
	 * @param key the release key
	 * @return the release
	 * @throws ApiException 404 when there is no such release
	 */
	public ReleaseView get(String key) {
		return this.views.of(this.releases.require(key));
	}

	/** Changes ready for release that no open release bundles yet. */
	List<ChangeView> candidates() {
		Set<String> taken = new HashSet<>(this.releases.changesInOpenReleases());
		return this.changes.readyForRelease()
			.stream()
			.filter((key) -> !taken.contains(key))
			.map(this.changes::get)
			.toList();
	}

	/**
	 * Whether a business key names a release.
	 * @param key e.g. REL-2026.11-3
	 * @return true for a release
	 */
	public boolean exists(String key) {
		return key != null && this.releases.existsByKey(key);
	}

}
