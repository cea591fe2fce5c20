package io.changeflow.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Map;

/**
 * A browser-like HTTP session against the running app: it keeps cookies, and sends the
 * CSRF token from the {@code XSRF-TOKEN} cookie in the {@code X-XSRF-TOKEN} header the
 * way the web UI does.
 */
public final class ApiSession {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final URI base;

	private final CookieManager cookies;

	private final HttpClient http;

	public ApiSession(int port) {
		this(port, new CookieManager());
	}

	private ApiSession(int port, CookieManager cookies) {
		this.base = URI.create("http://localhost:" + port);
		this.cookies = cookies;
		this.http = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	/**
	 * The same browser (the same cookies, so the same session) talking to another app
	 * instance, as a load balancer in front of replicas would send it.
	 */
	public ApiSession at(int port) {
		return new ApiSession(port, this.cookies);
	}

	/** Fetches a CSRF token and signs in; fails the test unless the login is accepted. */
	public ApiSession login(String username, String password) {
		Response response = tryLogin(username, password);
		if (response.status() != 200) {
			throw new AssertionError("Login of " + username + " failed: " + response);
		}
		return this;
	}

	public Response tryLogin(String username, String password) {
		get("/api/auth/csrf");
		return post("/api/auth/login", Map.of("username", username, "password", password));
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, Object body) {
		return postRaw(path, json(body));
	}

	public Response put(String path, Object body) {
		return send(withCsrf(request(path)).header("Content-Type", "application/json")
			.PUT(BodyPublishers.ofString(json(body))));
	}

	public Response delete(String path) {
		return send(withCsrf(request(path)).DELETE());
	}

	/** Posts a body as is, with the CSRF header, as a browser page of the app would. */
	public Response postRaw(String path, String body) {
		return send(
				withCsrf(request(path)).header("Content-Type", "application/json").POST(BodyPublishers.ofString(body)));
	}

	/**
	 * Uploads one file as the form field {@code file}, as a browser's file picker would.
	 */
	public Response upload(String path, String filename, String content) {
		String boundary = "changeflow-" + java.util.UUID.randomUUID();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		return send(withCsrf(request(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofString(body)));
	}

	/** Posts with a streamed body of unknown length (chunked), with the CSRF header. */
	public Response postChunked(String path, BodyPublisher body) {
		return send(withCsrf(request(path)).header("Content-Type", "application/json").POST(body));
	}

	/** Posts without the CSRF header, as a forged cross-site request would. */
	public Response postWithoutCsrf(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json(body))));
	}

	/**
	 * Opens a streamed GET (server-sent events) with this session's cookies; the caller
	 * reads the lines as they come and closes them to end the stream.
	 */
	public HttpResponse<java.util.stream.Stream<String>> stream(String path) {
		try {
			return this.http.send(request(path).setHeader("Accept", "text/event-stream").GET().build(),
					BodyHandlers.ofLines());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A GET that accepts any content type and keeps the body's bytes, as a browser
	 * downloading a file does (ZIPs, SVG, HTML).
	 */
	public Download download(String path) {
		try {
			HttpResponse<byte[]> response = this.http.send(
					HttpRequest.newBuilder(this.base.resolve(path)).header("Accept", "*/*").GET().build(),
					BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.body(), response.headers().map());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String csrfToken() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(this.base.resolve(path)).header("Accept", "application/json");
	}

	private HttpRequest.Builder withCsrf(HttpRequest.Builder request) {
		String token = csrfToken();
		return (token != null) ? request.header("X-XSRF-TOKEN", token) : request;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			HttpRequest built = request.build();
			HttpResponse<String> response = this.http.send(built, BodyHandlers.ofString());
			ApiContract.get()
				.check(built.method(), built.uri(), response.statusCode(),
						response.headers().firstValue("Content-Type").orElse(null), response.body());
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

	private static String json(Object body) {
		try {
			return JSON.writeValueAsString(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What the app answered.
	 *
	 * @param status the HTTP status
	 * @param body the body text
	 * @param headers the response headers
	 */
	public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

		public JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (IOException ex) {
				throw new AssertionError("Not JSON: " + this.body, ex);
			}
		}

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.map((entry) -> String.join(", ", entry.getValue()))
				.findFirst()
				.orElse(null);
		}

		@Override
		public String toString() {
			return this.status + " " + this.body;
		}

	}

	/**
	 * A downloaded file.
	 *
	 * @param status the HTTP status
	 * @param body the bytes
	 * @param headers the response headers
	 */
	public record Download(int status, byte[] body, Map<String, java.util.List<String>> headers) {

		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
				.flatMap((entry) -> entry.getValue().stream())
				.findFirst()
				.orElse(null);
		}

		public String text() {
			return new String(this.body, java.nio.charset.StandardCharsets.UTF_8);
		}

	}

}
