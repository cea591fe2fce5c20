package io.changeflow.schedule;

import java.time.OffsetDateTime;

/**
 * A start and an end.
 *
 * @param start the start, inclusive
 * @param end the end, exclusive
 */
public record TimeWindow(OffsetDateTime start, OffsetDateTime end) {

	boolean overlaps(OffsetDateTime otherStart, OffsetDateTime otherEnd) {
		return otherStart.isBefore(this.end) && otherEnd.isAfter(this.start);
	}

	boolean contains(OffsetDateTime otherStart, OffsetDateTime otherEnd) {
		return !otherStart.isBefore(this.start) && !otherEnd.isAfter(this.end);
	}

}
