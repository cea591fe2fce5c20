package io.changeflow.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one rule for a step reported again: the engine delivers a job at least once, and a
 * redelivery must not double a timeline entry.
 */
class TimelineEntryTests {

	private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456789Z");

	enum State {

		OPEN

	}

	@Test
	void aRedeliveredJobIsRecognisedByItsEventKeyAtAnyInstant() {
		Entry recorded = new Entry(step("deploy_wave", "Deploy wave", null, "1:2", AT));

		assertThat(recorded.sameEventAs(step("deploy_wave", "Deploy wave", null, "1:2", AT.plusSeconds(5)))).isTrue();
		assertThat(recorded.sameEventAs(step("deploy_wave", "Deploy wave", null, "1:3", AT))).isFalse();
		assertThat(recorded.sameEventAs(step("deploy_wave", "Deploy wave", null, null, AT))).isFalse();
	}

	@Test
	void withoutEventKeysTheSameElementNameOutcomeAndInstantIsARepeat() {
		Entry recorded = new Entry(step("review_rfc", "Change manager review", null, null, AT));

		// Nanoseconds, which PostgreSQL does not keep: the repeat is still recognised.
		assertThat(recorded.sameEventAs(step("review_rfc", "Change manager review", null, null, AT))).isTrue();
		assertThat(recorded.sameEventAs(step("review_rfc", "Change manager review", "approved", null, AT))).isFalse();
		assertThat(recorded.sameEventAs(step("review_rfc", "Change manager review", null, null, AT.plusMillis(1))))
			.isFalse();
		assertThat(recorded.sameEventAs(step("review_rfc", "Change manager review", null, "1:2", AT))).isFalse();
	}

	@Test
	void recordedLooksThroughTheWholeTimeline() {
		List<Entry> timeline = List.of(new Entry(step("build_release", "Build", null, "1:1", AT)),
				new Entry(step("test_release", "Test", null, "1:2", AT)));

		assertThat(TimelineEntry.recorded(timeline, step("build_release", "Build", null, "1:1", Instant.now())))
			.isTrue();
		assertThat(TimelineEntry.recorded(timeline, step("accept_release", "Accept", null, "1:3", AT))).isFalse();
	}

	private static TimelineStep<State> step(String elementId, String name, String outcome, String eventKey,
			Instant at) {
		return new TimelineStep<>(elementId, name, null, null, outcome, null, null, eventKey, at);
	}

	/** A timeline that stores event keys, as the release's does. */
	static class Entry extends TimelineEntry {

		private final String eventKey;

		Entry(TimelineStep<?> step) {
			super(step);
			this.eventKey = step.eventKey();
		}

		@Override
		protected String eventKey() {
			return this.eventKey;
		}

	}

}
