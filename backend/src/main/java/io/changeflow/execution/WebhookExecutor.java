package io.changeflow.execution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands executions to an external system (a CI/CD pipeline): POSTs the request as signed
 * JSON with the URL to call back with the result. A connection failure, a 429 or a 5xx is
 * tried again a few times; after that, or on any other 4xx, starting fails and so does
 * the job (the engine retries it, then raises an incident).
 */
class WebhookExecutor implements DeploymentExecutor {

	static final String NAME = "webhook";

	private static final Logger log = LoggerFactory.getLogger(WebhookExecutor.class);

	private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

	private final String url;

	private final String publicUrl;

	private final WebhookSignature signature;

	private final int attempts;

	private final Duration timeout;

	private final ObjectMapper json;

	private final HttpClient http;

	private final Clock clock = Clock.systemUTC();

	WebhookExecutor(ExecutorSettings.Webhook settings, String publicUrl, ObjectMapper json) {
		if (settings.url() == null || settings.url().isBlank()) {
			throw new IllegalStateException("changeflow.executor.webhook.url is required for the webhook executor");
		}
		this.url = settings.url();
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.signature = new WebhookSignature(settings.secret());
		this.attempts = Math.max(1, settings.attempts());
		this.timeout = settings.timeout();
		this.json = json;
		this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public void start(ExecutionRequest request) {
		byte[] body = body(request);
		URI target = URI.create(this.url.replace("{action}", request.action().name().toLowerCase(Locale.ROOT)));
		Duration backoff = FIRST_BACKOFF;
		for (int attempt = 1;; attempt++) {
			String failure = send(target, body);
			if (failure == null) {
				return;
			}
			if (!failure.startsWith("transient") || attempt >= this.attempts) {
				throw new IllegalStateException("Webhook " + target + " did not take execution " + request.executionId()
						+ " after " + attempt + " attempt(s): " + failure);
			}
			log.info("Webhook attempt {} for execution {} failed ({}), trying again", attempt, request.executionId(),
					failure);
			pause(backoff);
			backoff = backoff.multipliedBy(2);
		}
	}

	/**
	 * Sends once; null when accepted, else why not (prefixed "transient" if worth
	 * retrying).
	 */
	private String send(URI target, byte[] body) {
		long timestamp = this.clock.instant().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(target)
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
			.header(WebhookSignature.SIGNATURE_HEADER, this.signature.sign(timestamp, body))
			.POST(BodyPublishers.ofByteArray(body))
			.build();
		try {
			int status = this.http.send(request, BodyHandlers.discarding()).statusCode();
			if (status >= 200 && status < 300) {
				return null;
			}
			return ((status == 429 || status >= 500) ? "transient " : "") + "HTTP " + status;
		}
		catch (IOException ex) {
			return "transient " + ex;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	private byte[] body(ExecutionRequest request) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("executionId", request.executionId());
		body.put("releaseKey", request.releaseKey());
		body.put("action", request.action());
		body.put("wave", request.wave());
		body.put("artifacts", request.artifacts());
		body.put("changeKeys", request.changeKeys());
		body.put("callbackUrl", this.publicUrl + "/api/executions/" + request.executionId() + "/result");
		try {
			return this.json.writeValueAsBytes(body);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Execution request not serializable", ex);
		}
	}

	private static void pause(Duration backoff) {
		try {
			Thread.sleep(backoff);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
