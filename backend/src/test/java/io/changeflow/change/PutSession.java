package io.changeflow.change;

import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.TestInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;

/**
 * A signed-in session that sends PUT requests the way the web UI does (session cookie,
 * CSRF header): {@link ApiSession} has no PUT yet. Worth folding into it as
 * {@code ApiSession.put}.
 */
final class PutSession {

	private final URI base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	PutSession(int port, String username) {
		this.base = URI.create("http://localhost:" + port);
		this.http = HttpClient.newBuilder().cookieHandler(this.cookies).build();
		send(HttpRequest.newBuilder(this.base.resolve("/api/auth/csrf")).GET());
		Response login = send(withCsrf("/api/auth/login").POST(BodyPublishers
			.ofString(Rfcs.json(Map.of("username", username, "password", TestInfrastructure.DEMO_PASSWORD)))));
		if (login.status() != 200) {
			throw new AssertionError("Login of " + username + " failed: " + login);
		}
	}

	Response put(String path, Object body) {
		return send(withCsrf(path).PUT(BodyPublishers.ofString(Rfcs.json(body))));
	}

	private HttpRequest.Builder withCsrf(String path) {
		String token = this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow();
		return HttpRequest.newBuilder(this.base.resolve(path))
			.header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", token);
	}

	private Response send(HttpRequest.Builder request) {
		try {
			var response = this.http.send(request.build(), BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
