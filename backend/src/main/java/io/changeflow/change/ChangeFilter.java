package io.changeflow.change;

import io.changeflow.platform.KeysetCursor;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
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
 * @param date the date {@code from} and {@code to} bound, or null for the planned window
 * @param from with a date, that date is at or after this; without, the planned window
 * ends after this; or null
 * @param to with a date, that date is before this; without, the planned window starts
 * before this; or null
 * @param ci the key of a configuration item the change affects, or null
 */
record ChangeFilter(List<ChangeState> states, ChangeClass changeClass, String priority, String requester, String text,
		ChangeDate date, OffsetDateTime from, OffsetDateTime to, String ci) {

	ChangeFilter {
		states = (states != null) ? List.copyOf(states) : List.of();
		text = (text == null || text.isBlank()) ? null : text.strip();
		ci = (ci == null || ci.isBlank()) ? null : ci.strip();
	}

	/**
	 * The conditions and order of one keyset page.
	 * @param sort the order
	 * @param after the cursor of the last row of the previous page, or null
	 */
	Specification<ChangeRequest> page(ChangeSort sort, KeysetCursor after) {
		return (root, query, cb) -> {
			Path<Object> details = root.get("details");
			List<Predicate> where = new ArrayList<>();
			if (query.getResultType() != Long.class) {
				query.orderBy(sort.orders(root, cb));
			}
			if (after != null) {
				where.add(sort.after(root, cb, after));
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
			if (this.ci != null) {
				// The CI page lists the changes that touched the item. array_position,
				// not @>:
				// the parameter is bound as varchar and text[] @> varchar[] has no
				// operator.
				// Hibernate's array_position answers 0, not null, for an element not
				// found.
				where.add(cb.greaterThan(
						cb.function("array_position", Integer.class, root.get("affectedCis"), cb.literal(this.ci)), 0));
			}
			if (this.text != null) {
				String pattern = "%" + escapeLike(this.text.toLowerCase(Locale.ROOT)) + "%";
				where.add(cb.or(cb.like(cb.lower(root.<String>get("key")), pattern, '\\'),
						cb.like(cb.lower(details.<String>get("title")), pattern, '\\'),
						cb.like(cb.lower(details.<String>get("description")), pattern, '\\')));
			}
			if (this.date == null) {
				if (this.from != null) {
					where.add(cb.greaterThan(details.<OffsetDateTime>get("plannedEnd"), this.from));
				}
				if (this.to != null) {
					where.add(cb.lessThan(details.<OffsetDateTime>get("plannedStart"), this.to));
				}
			}
			else if (this.date == ChangeDate.PLANNED_START) {
				Path<OffsetDateTime> start = details.get("plannedStart");
				if (this.from != null) {
					where.add(cb.greaterThanOrEqualTo(start, this.from));
				}
				if (this.to != null) {
					where.add(cb.lessThan(start, this.to));
				}
			}
			else {
				Path<Instant> at = root.get((this.date == ChangeDate.SUBMITTED) ? "submittedAt" : "implementedAt");
				if (this.from != null) {
					where.add(cb.greaterThanOrEqualTo(at, this.from.toInstant()));
				}
				if (this.to != null) {
					where.add(cb.lessThan(at, this.to.toInstant()));
				}
				if (this.from == null && this.to == null) {
					where.add(cb.isNotNull(at));
				}
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
