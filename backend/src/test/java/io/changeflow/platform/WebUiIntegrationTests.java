package io.changeflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The jar serves the React app: client-side routes get index.html, even with a dot in
 * them (release keys), while missing files stay 404s. Hashed files are cached for good
 * and sent compressed; the app and the API are not kept stale.
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
	void hashedFilesAreCachedForGoodAndTheAppIsRevalidated() throws Exception {
		Response index = anonymous().get("/inbox");
		assertThat(index.header("Cache-Control")).isEqualTo("no-cache");
		assertThat(fetch("/", "text/html", "identity").headers().firstValue("Cache-Control")).contains("no-cache");
		Matcher script = Pattern.compile("/assets/[^\"]+\\.js").matcher(index.body());
		assertThat(script.find()).as(index.body()).isTrue();
		HttpResponse<byte[]> asset = fetch(script.group(), "*/*", "gzip");
		assertThat(asset.statusCode()).isEqualTo(200);
		assertThat(asset.headers().firstValue("Cache-Control")).contains("max-age=31536000, public, immutable");
		assertThat(asset.headers().firstValue("Content-Encoding")).contains("gzip");
		String javaScript = new String(new GZIPInputStream(new ByteArrayInputStream(asset.body())).readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(javaScript).isNotBlank();
		assertThat(fetch(script.group(), "*/*", "identity").headers().firstValue("Content-Encoding")).isEmpty();
	}

	@Test
	void apiAnswersAreNeverStored() {
		Response tasks = signedIn("manager").get("/api/tasks");
		assertThat(tasks.status()).isEqualTo(200);
		assertThat(tasks.header("Cache-Control")).contains("no-store");
		assertThat(anonymous().get("/api/tasks").header("Cache-Control")).contains("no-store");
	}

	@Test
	void aMissingFileIsNotFoundRatherThanTheApp() {
		assertThat(anonymous().get("/assets/no-such-chunk-1234.js").status()).isEqualTo(404);
		assertThat(anonymous().get("/favicon-missing.png").status()).isEqualTo(404);
	}

	/** As a browser asks: ApiSession asks for JSON only, and never for compression. */
	private HttpResponse<byte[]> fetch(String path, String accept, String encoding) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept", accept)
				.header("Accept-Encoding", encoding)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
	}

}
