package io.changeflow.release;

import io.changeflow.platform.KeysetCursor;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.lang.Nullable;

/**
 * What the release list is filtered by, like the change list: any of some states and a
 * text in the key or name. Only the parts given become conditions.
 *
 * @param states any of these states (empty: any state)
 * @param text in the key or name, ignoring case, or null
 * @param date the date {@code from} and {@code to} bound (created when null)
 * @param from that date is at or after this, or null
 * @param to that date is before this, or null
 */
record ReleaseFilter(List<ReleaseState> states, @Nullable String text, @Nullable ReleaseDate date,
		@Nullable Instant from, @Nullable Instant to) {

	ReleaseFilter {
		states = (states != null) ? List.copyOf(states) : List.of();
		text = (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * The conditions and order of one keyset page.
	 * @param sort the order
	 * @param after the cursor of the last row of the previous page, or null
	 */
	Specification<Release> page(ReleaseSort sort, @Nullable KeysetCursor after) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (query.getResultType() != Long.class) {
				query.orderBy(sort.orders(root, cb));
			}
			if (after != null) {
				where.add(sort.after(root, cb, after));
			}
			if (this.from != null || this.to != null) {
				Path<Instant> at = root.get((this.date == ReleaseDate.ENDED) ? "endedAt" : "createdAt");
				if (this.from != null) {
					where.add(cb.greaterThanOrEqualTo(at, this.from));
				}
				if (this.to != null) {
					where.add(cb.lessThan(at, this.to));
				}
			}
			else if (this.date == ReleaseDate.ENDED) {
				where.add(cb.isNotNull(root.get("endedAt")));
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
