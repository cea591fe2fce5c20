package io.changeflow.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/**
 * A signed-in HTTP session that sends bodies as raw bytes with any content type, and
 * paths as they are: what a browser-like client cannot send, a fuzzer must.
 */
final class RawClient {

	private final URI base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	RawClient(int port) {
		this.base = URI.create("http://localhost:" + port);
		this.http = HttpClient.newBuilder().cookieHandler(this.cookies).connectTimeout(Duration.ofSeconds(5)).build();
	}

	RawClient login(String username, String password) {
		send("GET", "/api/auth/csrf", null, null);
		String body = "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password);
		HttpResponse<String> response = send("POST", "/api/auth/login", "application/json", body.getBytes());
		if (response.statusCode() != 200) {
			throw new AssertionError("Login of " + username + " failed: " + response.body());
		}
		return this;
	}

	/**
	 * Sends a request with the CSRF header.
	 * @param method the HTTP method
	 * @param path the path and query, sent as they are
	 * @param contentType the content type, or null for none
	 * @param body the body bytes, or null for none
	 * @return the response
	 */
	HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.header("Accept", "application/json")
			.method(method, (body != null) ? BodyPublishers.ofByteArray(body) : BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		String token = csrfToken();
		if (token != null) {
			request.header("X-XSRF-TOKEN", token);
		}
		try {
			return this.http.send(request.build(), BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String csrfToken() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

}
