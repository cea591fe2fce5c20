package io.changeflow.release;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.lang.Nullable;

/**
 * What the release list is filtered by, like the change list: any of some states and a
 * text in the key or name. Only the parts given become conditions.
 *
 * @param states any of these states (empty: any state)
 * @param text in the key or name, ignoring case, or null
 */
record ReleaseFilter(List<ReleaseState> states, @Nullable String text) {

	/**
	 * Newest first. Release keys count per period ({@code REL-2026.11-10} sorts before
	 * {@code -9}), so the order is the creation time, the key only breaking ties.
	 */
	static final Sort ORDER = Sort.by(Sort.Direction.DESC, "createdAt", "key");

	ReleaseFilter {
		states = (states != null) ? List.copyOf(states) : List.of();
		text = (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * The conditions of one keyset page: the rows after the last one of the previous page
	 * in {@link #ORDER}.
	 * @param after the last release of the previous page, or null for the first page
	 */
	Specification<Release> page(@Nullable Release after) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (after != null) {
				Path<Instant> createdAt = root.get("createdAt");
				where.add(cb.or(cb.lessThan(createdAt, after.createdAt()), cb
					.and(cb.equal(createdAt, after.createdAt()), cb.lessThan(root.<String>get("key"), after.key()))));
			}
			if (!this.states.isEmpty()) {
				where.add(root.get("state").in(this.states));
			}
			if (this.text != null) {
				String pattern = "%" + escapeLike(this.text.toLowerCase(Locale.ROOT)) + "%";
				where.add(cb.or(cb.like(cb.lower(root.<String>get("key")), pattern, '\\'),
						cb.like(cb.lower(root.get("plan").<String>get("name")), pattern, '\\')));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
