package io.changeflow.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.changeflow.platform.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskFilterTests {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private final TaskView lateVote = task(TaskKind.CAB_VOTE, "P3", NOW.minus(Duration.ofHours(2)), 1);

	private final TaskView tonightReview = task(TaskKind.REVIEW_RFC, "P1", NOW.plus(Duration.ofHours(10)), 2);

	private final TaskView nextWeekReview = task(TaskKind.REVIEW_RFC, "P2", NOW.plus(Duration.ofDays(6)), 3);

	private final TaskView undatedReview = task(TaskKind.REVIEW_RFC, null, null, 0);

	private final List<TaskView> all = List.of(this.lateVote, this.tonightReview, this.nextWeekReview,
			this.undatedReview);

	@Test
	void nothingGivenKeepsEverythingSoonestDueFirst() {
		TaskFilter filter = TaskFilter.parse(null, " ", "", null);
		assertThat(filter).isEqualTo(TaskFilter.NONE);
		assertThat(apply(filter)).containsExactly(this.lateVote, this.tonightReview, this.nextWeekReview,
				this.undatedReview);
	}

	@Test
	void filtersAreCaseInsensitiveAndCombine() {
		assertThat(apply(TaskFilter.parse("review_rfc", null, "week", null))).containsExactly(this.tonightReview,
				this.nextWeekReview);
		assertThat(apply(TaskFilter.parse(null, "p1", null, null))).containsExactly(this.tonightReview);
		assertThat(apply(TaskFilter.parse(null, null, "OVERDUE", null))).containsExactly(this.lateVote);
		assertThat(apply(TaskFilter.parse(null, null, "today", null))).containsExactly(this.lateVote,
				this.tonightReview);
	}

	@Test
	void ordersByPriorityOrAge() {
		assertThat(apply(TaskFilter.parse(null, null, null, "priority"))).containsExactly(this.tonightReview,
				this.nextWeekReview, this.lateVote, this.undatedReview);
		assertThat(apply(TaskFilter.parse(null, null, null, "age"))).containsExactly(this.undatedReview, this.lateVote,
				this.tonightReview, this.nextWeekReview);
	}

	@Test
	void unknownValuesNameTheirParameter() {
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> TaskFilter.parse("VOTE", null, null, null))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("kind"));
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> TaskFilter.parse(null, "P0", null, null))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("priority"));
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> TaskFilter.parse(null, null, "month", null))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("due"));
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> TaskFilter.parse(null, null, null, "title"))
			.withMessageContaining("due, priority, age")
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("sort"));
	}

	private List<TaskView> apply(TaskFilter filter) {
		return this.all.stream().filter((task) -> filter.matches(task, NOW)).sorted(filter.order()).toList();
	}

	private static TaskView task(TaskKind kind, String priority, Instant dueAt, int ageRank) {
		Instant created = NOW.minus(Duration.ofDays(10 - ageRank));
		return new TaskView(UUID.randomUUID(), "CHG-000001", "A change", "element", kind, kind.name(), null,
				List.of("CHANGE_MANAGER"), List.of(), List.of(), dueAt, priority, created, TaskState.OPEN, null, null,
				null, null, true, null, 0, true, false, true, null, dueAt != null && dueAt.isBefore(NOW), null, null);
	}

}
