package io.changeflow.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.changeflow.platform.ApiException;
import org.junit.jupiter.api.Test;

/**
 * Reading the inbox's query parameters. What the filters and orders select is the
 * database's work: {@link InboxQueriesIntegrationTests}.
 */
class TaskFilterTests {

	@Test
	void nothingGivenKeepsEverythingSoonestDueFirst() {
		assertThat(TaskFilter.parse(null, " ", "", null)).isEqualTo(TaskFilter.NONE);
		assertThat(TaskFilter.NONE.sort()).isEqualTo(TaskFilter.Sort.DUE);
	}

	@Test
	void valuesAreCaseInsensitive() {
		assertThat(TaskFilter.parse("review_rfc", "p1", "Week", "priority"))
			.isEqualTo(new TaskFilter(TaskKind.REVIEW_RFC, "P1", TaskFilter.Due.WEEK, TaskFilter.Sort.PRIORITY));
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

	@Test
	void pagesAreBetweenOneAndFiveHundredTasks() {
		assertThat(TaskPaging.parse(null, " ")).isEqualTo(TaskPaging.FIRST);
		assertThat(TaskPaging.parse("500", "20")).isEqualTo(new TaskPaging(500, 20));
		for (String limit : new String[] { "0", "501", "-1", "ten", "99999999999" }) {
			assertThatExceptionOfType(ApiException.class).as(limit)
				.isThrownBy(() -> TaskPaging.parse(limit, null))
				.satisfies((ex) -> assertThat(ex.field()).isEqualTo("limit"));
		}
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> TaskPaging.parse(null, "-1"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("offset"));
	}

}
