package io.changeflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The jar serves the React app: client-side routes get index.html, even with a dot in
 * them (release keys), while missing files stay 404s.
 */
class WebUiIntegrationTests extends IntegrationTest {

	@Test
	void clientRoutesGetTheAppAlsoWithADotInTheKey() {
		for (String route : new String[] { "/inbox", "/changes/CHG-000042", "/releases/REL-2026.11-3" }) {
			Response page = anonymous().get(route);
			assertThat(page.status()).as(route).isEqualTo(200);
			assertThat(page.body()).as(route).contains("<div id=\"root\">");
		}
	}

	@Test
	void aMissingFileIsNotFoundRatherThanTheApp() {
		assertThat(anonymous().get("/assets/no-such-chunk-1234.js").status()).isEqualTo(404);
		assertThat(anonymous().get("/favicon-missing.png").status()).isEqualTo(404);
	}

}
