package io.changeflow.change;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * What the change list is filtered by; every part is optional. Only the parts given
 * become conditions, so each query is one PostgreSQL can serve from the indexes.
 *
 * @param states any of these states (empty: any state)
 * @param changeClass this class, or null
 * @param priority this priority (P1..P5), or null
 * @param requester this requester, or null
 * @param text in the key, title or description, ignoring case, or null
 * @param from the planned window ends after this, or null
 * @param to the planned window starts before this, or null
 */
record ChangeFilter(List<ChangeState> states, ChangeClass changeClass, String priority, String requester, String text,
		OffsetDateTime from, OffsetDateTime to) {

	ChangeFilter {
		states = (states != null) ? List.copyOf(states) : List.of();
		text = (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * The conditions of one keyset page: after the cursor, newest (highest key) first.
	 * @param after the key of the last row of the previous page, or empty
	 */
	Specification<ChangeRequest> page(String after) {
		return (root, query, cb) -> {
			Path<Object> details = root.get("details");
			List<Predicate> where = new ArrayList<>();
			if (!after.isEmpty()) {
				where.add(cb.lessThan(root.<String>get("key"), after));
			}
			if (!this.states.isEmpty()) {
				where.add(root.get("state").in(this.states));
			}
			if (this.changeClass != null) {
				where.add(cb.equal(root.get("changeClass"), this.changeClass));
			}
			if (this.priority != null) {
				where.add(cb.equal(root.get("priority"), this.priority));
			}
			if (this.requester != null) {
				where.add(cb.equal(root.get("requester"), this.requester));
			}
			if (this.text != null) {
				String pattern = "%" + escapeLike(this.text.toLowerCase(Locale.ROOT)) + "%";
				where.add(cb.or(cb.like(cb.lower(root.<String>get("key")), pattern, '\\'),
						cb.like(cb.lower(details.<String>get("title")), pattern, '\\'),
						cb.like(cb.lower(details.<String>get("description")), pattern, '\\')));
			}
			if (this.from != null) {
				where.add(cb.greaterThan(details.<OffsetDateTime>get("plannedEnd"), this.from));
			}
			if (this.to != null) {
				where.add(cb.lessThan(details.<OffsetDateTime>get("plannedStart"), this.to));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
