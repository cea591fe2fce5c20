package io.changeflow.change;

import io.changeflow.cmdb.CmdbService;
import io.changeflow.platform.ApiException;
import io.changeflow.platform.Csv;
import io.changeflow.platform.KeysetCursor;
import io.changeflow.platform.KeysetPage;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of requests for change: the views the API shows and what other features ask about
 * changes (calendar overlaps, duplicates, what is ready for release). Nothing here
 * writes.
 */
@Service
@Transactional(readOnly = true)
public class ChangeQueries {

	private static final int EXPORT_PAGE = 1000;

	private final ChangeRepository changes;

	private final CmdbService cmdb;

	private final ObjectProvider<ChangeReleases> releases;

	ChangeQueries(ChangeRepository changes, CmdbService cmdb, ObjectProvider<ChangeReleases> releases) {
		this.changes = changes;
		this.cmdb = cmdb;
		this.releases = releases;
	}

	/**
	 * A change as the API shows it, its configuration items named from the CMDB.
	 * @param change the change
	 * @return its view
	 */
	ChangeView view(ChangeRequest change) {
		ChangeReleases releases = this.releases.getIfAvailable();
		return ChangeView.of(change, this.cmdb.find(change.affectedCis()),
				(releases != null) ? releases.of(change.key()) : List.of());
	}

	/**
	 * One page of the change list.
	 * @param filter what to list
	 * @param sort in which order
	 * @param after the cursor the previous page handed out, or empty for the first page
	 * @param limit the page size
	 * @throws ApiException 400 naming {@code after} for a cursor of another sort, or none
	 */
	KeysetPage<ChangeSummary> list(ChangeFilter filter, ChangeSort sort, String after, int limit) {
		KeysetCursor cursor = null;
		if (!after.isEmpty()) {
			cursor = KeysetCursor.decode(after, sort.name());
			sort.check(cursor);
		}
		List<ChangeRequest> fetched = this.changes.findBy(filter.page(sort, cursor),
				(query) -> query.limit(limit + 1).all());
		KeysetPage<ChangeRequest> page = KeysetPage.of(fetched, limit, (last) -> sort.cursorOf(last).encode());
		return new KeysetPage<>(page.items().stream().map(ChangeSummary::of).toList(), page.next());
	}

	/**
	 * Every row of the change list, in order, for a download: at most
	 * {@link Csv#MAX_ROWS}, plus one that says that there are more.
	 */
	List<ChangeSummary> export(ChangeFilter filter, ChangeSort sort) {
		List<ChangeSummary> rows = new ArrayList<>();
		String after = "";
		do {
			KeysetPage<ChangeSummary> page = list(filter, sort, after, EXPORT_PAGE);
			rows.addAll(page.items());
			after = page.next();
		}
		while (after != null && rows.size() <= Csv.MAX_ROWS);
		return rows;
	}

	/**
	 * The changes whose implementation ended in a period (implemented or backed out),
	 * oldest first, as the change page shows them.
	 * @param from the start, inclusive
	 * @param to the end, exclusive
	 * @return their views
	 */
	public List<ChangeView> implementedBetween(Instant from, Instant to) {
		return this.changes
			.findByImplementedAtGreaterThanEqualAndImplementedAtLessThanOrderByImplementedAtAscKeyAsc(from, to)
			.stream()
			.map(this::view)
			.toList();
	}

	/**
	 * The changes in a state, oldest key first.
	 * @param state the state
	 * @return their summaries
	 */
	public List<ChangeSummary> inState(ChangeState state) {
		return this.changes.findByStateOrderByKey(state).stream().map(ChangeSummary::of).toList();
	}

	/**
	 * The configuration items a set of changes touch, for the audit log of a release.
	 * @param keys change keys
	 * @return their affected CIs, each once
	 */
	public List<String> affectedCisOf(java.util.Collection<String> keys) {
		return this.changes.findAllByKeyIn(keys)
			.stream()
			.flatMap((change) -> change.affectedCis().stream())
			.distinct()
			.sorted()
			.toList();
	}

	/**
	 * A change with its attachments and timeline.
	 * @param key the change key, e.g. CHG-000042
	 * @return the change
	 * @throws ApiException 404 when there is no such change
	 */
	public ChangeView get(String key) {
		return view(this.changes.require(key));
	}

	/**
	 * Whether a change has the key.
	 * @param key a business key, e.g. CHG-000042 (or a release key, which is no change)
	 * @return true for a change
	 */
	public boolean exists(String key) {
		return key != null && this.changes.existsByKey(key);
	}

	/**
	 * The changes that wait for a release to implement them.
	 * @return their keys, oldest first
	 */
	public List<String> readyForRelease() {
		return this.changes.findKeysByStateIn(List.of(ChangeState.READY_FOR_RELEASE));
	}

	/**
	 * Other changes holding a slot in the calendar (scheduling, in conflict or ready for
	 * release) whose window overlaps the given one and which touch at least one of the
	 * same configuration items.
	 * @param key the change to compare with (itself excluded)
	 * @param start start of the window
	 * @param end end of the window
	 * @return the overlapping changes, by key
	 * @throws ApiException 404 for an unknown change
	 */
	public List<ChangeSummary> overlapping(String key, OffsetDateTime start, OffsetDateTime end) {
		Set<String> cis = Set.copyOf(this.changes.require(key).affectedCis());
		return this.changes.inWindow(ChangeState.SCHEDULED, key, start, end)
			.stream()
			.filter((other) -> other.affectedCis().stream().anyMatch(cis::contains))
			.map(ChangeSummary::of)
			.toList();
	}

	/**
	 * The changes in the states whose planned window overlaps a period, as the change
	 * page shows them: what the calendar and the conflict check compare.
	 * @param states the states
	 * @param from the period's start
	 * @param to its end
	 * @return their views, by key
	 */
	public List<ChangeView> planned(java.util.Collection<ChangeState> states, OffsetDateTime from, OffsetDateTime to) {
		return this.changes.inWindow(states, "", from, to).stream().map(this::view).toList();
	}

	/**
	 * Another open change by the same requester with the same title (ignoring case and
	 * spacing) and the same configuration items.
	 * @param key the change to compare with
	 * @return the key of the oldest such change, if there is one
	 * @throws ApiException 404 for an unknown change
	 */
	public Optional<String> openDuplicateOf(String key) {
		ChangeRequest change = this.changes.require(key);
		return this.changes.findOpenDuplicate(key, change.requester(), change.details().title(),
				change.affectedCis().toArray(String[]::new),
				ChangeState.open().stream().map(ChangeState::name).toList());
	}

}
