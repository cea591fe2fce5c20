package io.changeflow.release;

import io.changeflow.platform.ApiException;
import io.changeflow.platform.KeysetCursor;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The orders of the release list: a sort value, then the key breaking ties, so keyset
 * pages never skip or repeat a row. Release keys count per period ({@code REL-2026.11-10}
 * sorts before {@code -9}), so no order is by key alone.
 */
public enum ReleaseSort {

	/** Newest first. */
	CREATED(true),
	/** Earliest planned start first. */
	PLANNED_START(false),
	/**
	 * Latest rolled out (or backed out, failed, rejected) first; releases still running
	 * last.
	 */
	ENDED(true);

	private final boolean descending;

	ReleaseSort(boolean descending) {
		this.descending = descending;
	}

	String valueOf(Release release) {
		return switch (this) {
			case CREATED -> release.createdAt().toString();
			case PLANNED_START -> release.plan().plannedStart().toInstant().toString();
			case ENDED -> ((release.endedAt() != null) ? release.endedAt() : Instant.EPOCH).toString();
		};
	}

	KeysetCursor cursorOf(Release release) {
		return new KeysetCursor(name(), valueOf(release), release.key());
	}

	/**
	 * Checks that a cursor's value is one of this order.
	 * @throws ApiException 400 naming {@code after} otherwise
	 */
	void check(KeysetCursor cursor) {
		try {
			Instant.parse(cursor.value());
		}
		catch (DateTimeParseException ex) {
			throw ApiException.invalid("after", "is not a cursor this list handed out");
		}
	}

	Predicate after(Root<Release> root, CriteriaBuilder cb, KeysetCursor cursor) {
		Path<String> key = root.get("key");
		Predicate keyAfter = this.descending ? cb.lessThan(key, cursor.key()) : cb.greaterThan(key, cursor.key());
		Instant last = Instant.parse(cursor.value());
		return switch (this) {
			case CREATED, ENDED -> after(cb, instant(root, cb), last, keyAfter);
			case PLANNED_START -> after(cb, plannedStart(root), last.atOffset(ZoneOffset.UTC), keyAfter);
		};
	}

	List<Order> orders(Root<Release> root, CriteriaBuilder cb) {
		Path<String> key = root.get("key");
		Expression<?> value = (this == PLANNED_START) ? plannedStart(root) : instant(root, cb);
		return this.descending ? List.of(cb.desc(value), cb.desc(key)) : List.of(cb.asc(value), cb.asc(key));
	}

	private <Y extends Comparable<? super Y>> Predicate after(CriteriaBuilder cb, Expression<Y> value, Y last,
			Predicate keyAfter) {
		Predicate beyond = this.descending ? cb.lessThan(value, last) : cb.greaterThan(value, last);
		return cb.or(beyond, cb.and(cb.equal(value, last), keyAfter));
	}

	private Expression<Instant> instant(Root<Release> root, CriteriaBuilder cb) {
		if (this == CREATED) {
			return root.get("createdAt");
		}
		return cb.coalesce(root.<Instant>get("endedAt"), cb.literal(Instant.EPOCH));
	}

	private static Path<OffsetDateTime> plannedStart(Root<Release> root) {
		return root.get("plan").get("plannedStart");
	}

}
