package io.changeflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class KeysetPageTests {

	@Test
	void theExtraRowOnlySignalsANextPage() {
		KeysetPage<String> page = KeysetPage.of(List.of("a", "b", "c"), 2, Function.identity());

		assertThat(page.items()).containsExactly("a", "b");
		assertThat(page.next()).isEqualTo("b");
	}

	@Test
	void theLastPageHasNoNext() {
		KeysetPage<String> page = KeysetPage.of(List.of("a", "b"), 2, Function.identity());

		assertThat(page.items()).containsExactly("a", "b");
		assertThat(page.next()).isNull();
	}

}
