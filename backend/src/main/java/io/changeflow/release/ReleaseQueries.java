package io.changeflow.release;

import io.changeflow.change.ChangeQueries;
import io.changeflow.change.ChangeView;
import io.changeflow.platform.ApiException;
import io.changeflow.platform.KeysetPage;
import java.util.HashSet;
import java.util.List;
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

	/**
	 * One page of releases, newest first.
	 * @param filter what to list
	 * @param after the key of the last release of the previous page, or empty
	 * @param limit the page size
	 * @throws ApiException 400 naming {@code after} when it is no release
	 */
	KeysetPage<ReleaseSummary> list(ReleaseFilter filter, String after, int limit) {
		Release last = after.isEmpty() ? null : this.releases.findByKey(after)
			.orElseThrow(() -> ApiException.invalid("after", "no release " + after + " to continue after"));
		List<ReleaseSummary> fetched = this.releases
			.findBy(filter.page(last), (query) -> query.sortBy(ReleaseFilter.ORDER).limit(limit + 1).all())
			.stream()
			.map(Release::summary)
			.toList();
		return KeysetPage.of(fetched, limit, ReleaseSummary::key);
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

	/**
	 * The releases that bundled a change, open or closed, oldest first.
	 * @param changeKey the change
	 * @return their views (none for a change no release bundled)
	 */
	public List<ReleaseView> ofChange(String changeKey) {
		return this.releases.releasesOf(changeKey).stream().map(this.views::of).toList();
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
