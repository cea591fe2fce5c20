package io.changeflow.release;

import io.changeflow.change.ChangeQueries;
import io.changeflow.change.ChangeView;
import io.changeflow.platform.ApiException;
import io.changeflow.platform.Csv;
import io.changeflow.platform.KeysetCursor;
import io.changeflow.platform.KeysetPage;
import java.time.Instant;
import java.util.ArrayList;
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
	 * One page of releases.
	 * @param filter what to list
	 * @param sort in which order
	 * @param after the cursor the previous page handed out, or empty for the first page
	 * @param limit the page size
	 * @throws ApiException 400 naming {@code after} when it is no cursor of this sort
	 */
	KeysetPage<ReleaseSummary> list(ReleaseFilter filter, ReleaseSort sort, String after, int limit) {
		KeysetCursor cursor = null;
		if (!after.isEmpty()) {
			cursor = KeysetCursor.decode(after, sort.name());
			sort.check(cursor);
		}
		List<Release> fetched = this.releases.findBy(filter.page(sort, cursor),
				(query) -> query.limit(limit + 1).all());
		KeysetPage<Release> page = KeysetPage.of(fetched, limit, (last) -> sort.cursorOf(last).encode());
		return new KeysetPage<>(page.items().stream().map(Release::summary).toList(), page.next());
	}

	/**
	 * Every row of the release list, in order, for a download: at most
	 * {@link Csv#MAX_ROWS}, plus one that says that there are more.
	 */
	List<ReleaseSummary> export(ReleaseFilter filter, ReleaseSort sort) {
		List<ReleaseSummary> rows = new ArrayList<>();
		String after = "";
		do {
			KeysetPage<ReleaseSummary> page = list(filter, sort, after, 1000);
			rows.addAll(page.items());
			after = page.next();
		}
		while (after != null && rows.size() <= Csv.MAX_ROWS);
		return rows;
	}

	/**
	 * The releases that ended (rolled out, backed out, failed, rejected) in a period,
	 * oldest first, as the release page shows them.
	 * @param from the start, inclusive
	 * @param to the end, exclusive
	 * @return their views
	 */
	public List<ReleaseView> endedBetween(Instant from, Instant to) {
		return this.releases.findByEndedAtGreaterThanEqualAndEndedAtLessThanOrderByEndedAtAscKeyAsc(from, to)
			.stream()
			.map(this.views::of)
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

	/**
	 * The releases bundling one of the changes whose rollout was running at a moment,
	 * allowing a grace after it ended (a discovery tool sees the result a little later).
	 * @param changeKeys the changes
	 * @param at the moment
	 * @param grace how long after the rollout's end still counts
	 * @return their keys, the latest rollout first
	 */
	public List<String> rollingOut(java.util.Collection<String> changeKeys, Instant at, java.time.Duration grace) {
		if (changeKeys.isEmpty()) {
			return List.of();
		}
		return this.releases.rollingOutAt(changeKeys, at, at.minus(grace));
	}

}
