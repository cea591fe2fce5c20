package io.changeflow.change;

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
import java.util.List;

/**
 * The orders of the change list. Each is a sort value, then the key, which breaks ties so
 * that keyset pages never skip or repeat a row. Values a row may lack (a draft has no
 * planned start, an unclassified change no priority) get a stand-in that sorts them last.
 */
public enum ChangeSort {

	/** Newest submitted first; a draft counts from when it was drafted. */
	SUBMITTED(true, true),
	/** Earliest planned start first; drafts without a window last. */
	PLANNED_START(false, false),
	/** P1 first, unclassified last; newest first within a priority. */
	PRIORITY(false, true),
	/** Latest implemented (or backed out) first; changes not implemented last. */
	IMPLEMENTED(true, true),
	/** Lowest key first. */
	KEY(false, false);

	private static final OffsetDateTime NEVER = OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);

	private static final Instant LONG_AGO = Instant.EPOCH;

	private static final String UNCLASSIFIED = "P9";

	private final boolean valueDescending;

	private final boolean keyDescending;

	ChangeSort(boolean valueDescending, boolean keyDescending) {
		this.valueDescending = valueDescending;
		this.keyDescending = keyDescending;
	}

	/** The sort value of a row, as its cursor carries it. */
	String valueOf(ChangeRequest change) {
		return switch (this) {
			case SUBMITTED -> ((change.submittedAt() != null) ? change.submittedAt() : change.createdAt()).toString();
			case PLANNED_START ->
				((change.details().plannedStart() != null) ? change.details().plannedStart() : NEVER).toInstant()
					.toString();
			case PRIORITY -> (change.priority() != null) ? change.priority() : UNCLASSIFIED;
			case IMPLEMENTED -> ((change.implementedAt() != null) ? change.implementedAt() : LONG_AGO).toString();
			case KEY -> change.key();
		};
	}

	KeysetCursor cursorOf(ChangeRequest change) {
		return new KeysetCursor(name(), valueOf(change), change.key());
	}

	/**
	 * Checks that a cursor's value is one of this order.
	 * @throws io.changeflow.platform.ApiException 400 naming {@code after} otherwise
	 */
	void check(KeysetCursor cursor) {
		try {
			switch (this) {
				case SUBMITTED, IMPLEMENTED, PLANNED_START -> Instant.parse(cursor.value());
				case PRIORITY, KEY -> {
				}
			}
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw io.changeflow.platform.ApiException.invalid("after", "is not a cursor this list handed out");
		}
	}

	/** The rows after the cursor in this order. */
	Predicate after(Root<ChangeRequest> root, CriteriaBuilder cb, KeysetCursor cursor) {
		Path<String> key = root.get("key");
		Predicate keyAfter = this.keyDescending ? cb.lessThan(key, cursor.key()) : cb.greaterThan(key, cursor.key());
		return switch (this) {
			case SUBMITTED, IMPLEMENTED -> after(cb, instant(root, cb), Instant.parse(cursor.value()), keyAfter);
			case PLANNED_START ->
				after(cb, plannedStart(root, cb), Instant.parse(cursor.value()).atOffset(ZoneOffset.UTC), keyAfter);
			case PRIORITY -> after(cb, priority(root, cb), cursor.value(), keyAfter);
			case KEY -> keyAfter;
		};
	}

	List<Order> orders(Root<ChangeRequest> root, CriteriaBuilder cb) {
		Path<String> key = root.get("key");
		Order byKey = this.keyDescending ? cb.desc(key) : cb.asc(key);
		Expression<?> value = switch (this) {
			case SUBMITTED, IMPLEMENTED -> instant(root, cb);
			case PLANNED_START -> plannedStart(root, cb);
			case PRIORITY -> priority(root, cb);
			case KEY -> null;
		};
		if (value == null) {
			return List.of(byKey);
		}
		return List.of(this.valueDescending ? cb.desc(value) : cb.asc(value), byKey);
	}

	private <Y extends Comparable<? super Y>> Predicate after(CriteriaBuilder cb, Expression<Y> value, Y last,
			Predicate keyAfter) {
		Predicate beyond = this.valueDescending ? cb.lessThan(value, last) : cb.greaterThan(value, last);
		return cb.or(beyond, cb.and(cb.equal(value, last), keyAfter));
	}

	private Expression<Instant> instant(Root<ChangeRequest> root, CriteriaBuilder cb) {
		if (this == SUBMITTED) {
			return cb.coalesce(root.<Instant>get("submittedAt"), root.<Instant>get("createdAt"));
		}
		return cb.coalesce(root.<Instant>get("implementedAt"), cb.literal(LONG_AGO));
	}

	private static Expression<OffsetDateTime> plannedStart(Root<ChangeRequest> root, CriteriaBuilder cb) {
		return cb.coalesce(root.get("details").<OffsetDateTime>get("plannedStart"), cb.literal(NEVER));
	}

	private static Expression<String> priority(Root<ChangeRequest> root, CriteriaBuilder cb) {
		return cb.coalesce(root.<String>get("priority"), cb.literal(UNCLASSIFIED));
	}

}
