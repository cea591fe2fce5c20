package io.changeflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class NotificationNoticeTests {

	@Test
	void aNoticeNeedsAKindAndASubject() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Notice("vote requested", "S", "", null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new Notice("DECISION", " ", "", null, null));
	}

	@Test
	void linksArePathsOfTheApp() {
		assertThat(new Notice("DECISION", "S", null, "/changes/CHG-000042", null).link())
			.isEqualTo("/changes/CHG-000042");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Notice("DECISION", "S", "", "https://evil.example.com/", null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Notice("DECISION", "S", "", "//evil.example.com", null));
	}

	@Test
	void aMissingBodyIsEmptyAndTheDedupKeyIsOptional() {
		Notice notice = new Notice("REMINDER", "S", null, null, "CHG-000042");

		assertThat(notice.body()).isEmpty();
		assertThat(notice.dedupKey()).isNull();
		assertThat(notice.withDedupKey("CHG-000042:reminder:1").dedupKey()).isEqualTo("CHG-000042:reminder:1");
		assertThatIllegalArgumentException().isThrownBy(() -> notice.withDedupKey(""));
	}

}
