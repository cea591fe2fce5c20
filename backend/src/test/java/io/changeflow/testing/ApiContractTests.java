package io.changeflow.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The oracle itself: it must reject what breaks the document, or it proves nothing. */
class ApiContractTests {

	private final ApiContract contract = ApiContract.get();

	@Test
	void aResponseThatMatchesTheDocumentPasses() {
		assertThatCode(() -> check("GET", "/api/me", 200,
				"{\"username\":\"cab1\",\"displayName\":\"Casey CAB\",\"roles\":[\"CAB_MEMBER\"]}"))
			.doesNotThrowAnyException();
	}

	@Test
	void aMissingRequiredPropertyFails() {
		assertThatThrownBy(() -> check("GET", "/api/me", 200, "{\"username\":\"cab1\",\"roles\":[\"CAB_MEMBER\"]}"))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("GET /api/me")
			.hasMessageContaining("displayName");
	}

	@Test
	void aWrongTypeFails() {
		assertThatThrownBy(() -> check("GET", "/api/notifications/unread-count", 200, "{\"count\":\"three\"}"))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("count");
	}

	@Test
	void aTemplatedPathIsMatchedAndALiteralOneWins() {
		assertThatThrownBy(() -> check("GET", "/api/releases/candidates", 200, "[{\"key\":1}]"))
			.hasMessageContaining("GET /api/releases/candidates");
		assertThatThrownBy(() -> check("GET", "/api/releases/REL-1", 200, "{}"))
			.hasMessageContaining("GET /api/releases/{key}");
	}

	@Test
	void anUndocumentedStatusOrPathFails() {
		assertThatThrownBy(() -> check("GET", "/api/me", 202, "{}")).hasMessageContaining("does not list");
		assertThatThrownBy(() -> check("GET", "/api/no-such-thing", 200, "{}")).hasMessageContaining("not in");
	}

	@Test
	void errorsAreProblemDetails() {
		assertThatCode(() -> check("GET", "/api/changes/CHG-1", 404, "{\"title\":\"Not Found\",\"status\":404}"))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> check("GET", "/api/changes/CHG-1", 404, "{\"message\":\"gone\"}"))
			.hasMessageContaining("title");
	}

	private void check(String method, String path, int status, String body) {
		this.contract.check(method, URI.create("http://localhost" + path), status, "application/json", body);
	}

}
