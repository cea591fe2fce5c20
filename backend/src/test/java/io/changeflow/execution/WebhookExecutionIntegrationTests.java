package io.changeflow.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.changeflow.execution.ExecutionRequest.Artifact;
import io.changeflow.execution.ExecutionRequest.Wave;
import io.changeflow.testing.ApiSession;
import io.changeflow.testing.Eventually;
import io.changeflow.testing.IntegrationTest;
import io.changeflow.testing.TestInfrastructure;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The webhook executor against a real HTTP server on loopback, and the signed result
 * callback into the running app: the pipeline gets a signed request with the callback
 * URL, its signed answer reaches the waiting step once, forged or repeated answers do
 * nothing.
 */
class WebhookExecutionIntegrationTests extends IntegrationTest {

	private static final String SHA = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

	private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();

	private final AtomicInteger failuresToAnswer = new AtomicInteger();

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private ZeebeTestEngine engine;

	@Autowired
	private ExecutionDispatcher dispatcher;

	@Autowired
	private ObjectMapper json;

	private HttpServer pipeline;

	private WebhookExecutor webhook;

	private ExecutionProbe probe;

	@BeforeEach
	void startPipeline() throws IOException {
		this.pipeline = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.pipeline.createContext("/hooks/", (exchange) -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			int status = (this.failuresToAnswer.getAndDecrement() > 0) ? 503 : 202;
			if (status == 202) {
				this.received.add(new Received(exchange.getRequestURI().getPath(),
						exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER),
						exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER), body));
			}
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		this.pipeline.start();
		String url = "http://127.0.0.1:" + this.pipeline.getAddress().getPort() + "/hooks/{action}";
		this.webhook = new WebhookExecutor(new ExecutorSettings.Webhook(url, TestInfrastructure.WEBHOOK_SECRET, 3,
				Duration.ofSeconds(5), Duration.ofMinutes(5)), "http://localhost:" + this.port, this.json);
		this.probe = new ExecutionProbe(processes().client(), this.engine);
	}

	@AfterEach
	void stopPipeline() {
		this.pipeline.stop(0);
	}

	@Test
	void thePipelinesSignedResultReachesTheWaitingStepOnce() throws Exception {
		ExecutionView execution = deploy("webhook-1");
		long instance = this.probe.start("execution_wait", Map.of("executionId", execution.id().toString()));

		Received request = this.received.poll(10, TimeUnit.SECONDS);
		assertThat(request).isNotNull();
		assertThat(request.path()).isEqualTo("/hooks/deploy");
		assertThat(new WebhookSignature(TestInfrastructure.WEBHOOK_SECRET).verify(request.timestamp(),
				request.signature(), request.body(), Instant.now(), Duration.ofMinutes(1)))
			.isTrue();
		JsonNode sent = this.json.readTree(request.body());
		assertThat(sent.path("executionId").asText()).isEqualTo(execution.id().toString());
		assertThat(sent.path("action").asText()).isEqualTo("DEPLOY");
		assertThat(sent.path("wave").path("name").asText()).isEqualTo("canary");
		assertThat(sent.path("artifacts").get(0).path("sha256").asText()).isEqualTo(SHA);
		String callback = sent.path("callbackUrl").asText();
		assertThat(callback)
			.isEqualTo("http://localhost:" + this.port + "/api/executions/" + execution.id() + "/result");

		String result = """
				{"executionId":"%s","status":"SUCCEEDED","result":{"deployed":[{"name":"checkout-api","sha256":"%s"}]}}"""
			.formatted(execution.id(), SHA);
		var answered = callback(callback, result, TestInfrastructure.WEBHOOK_SECRET);
		assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
		assertThat(this.json.readTree(answered.body()).path("status").asText()).isEqualTo("SUCCEEDED");
		this.probe.awaitCompleted(instance);
		assertThat(this.probe.variable(instance, "executionStatus")).isEqualTo("\"SUCCEEDED\"");
		assertThat(this.json.readTree(this.probe.variable(instance, "executionResult")).toString()).contains(SHA);

		var repeated = callback(callback, """
				{"executionId":"%s","status":"FAILED","result":{"reason":"a replay"}}""".formatted(execution.id()),
				TestInfrastructure.WEBHOOK_SECRET);
		assertThat(repeated.statusCode()).isEqualTo(200);
		assertThat(this.json.readTree(repeated.body()).path("status").asText()).isEqualTo("SUCCEEDED");
		assertThat(this.jdbc.queryForObject("select status from execution where id = ?", String.class, execution.id()))
			.isEqualTo("SUCCEEDED");
		processes().settle();
		assertThat(this.probe.published(execution.id().toString())).isEqualTo(1);
		// On the audit record once, by the executor, though the pipeline called twice.
		assertThat(this.jdbc.queryForList("select actor from audit_event where action = 'ExecutionFinished'"
				+ " and correlation ->> 'execution' = ?", String.class, execution.id().toString()))
			.singleElement()
			.asString()
			.startsWith("system:");
	}

	@Test
	void aForgedOrMalformedResultIsRefused() throws Exception {
		ExecutionView execution = deploy("webhook-2");
		String callback = "http://localhost:" + this.port + "/api/executions/" + execution.id() + "/result";
		String body = """
				{"executionId":"%s","status":"FAILED","result":{}}""".formatted(execution.id());

		assertThat(callback(callback, body, "not-the-secret").statusCode()).isEqualTo(401);
		var unsigned = this.http.send(HttpRequest.newBuilder(URI.create(callback))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(body))
			.build(), BodyHandlers.ofString());
		assertThat(unsigned.statusCode()).isEqualTo(401);
		assertThat(unsigned.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		var badStatus = callback(callback, """
				{"executionId":"%s","status":"DONE"}""".formatted(execution.id()), TestInfrastructure.WEBHOOK_SECRET);
		assertThat(badStatus.statusCode()).isEqualTo(400);
		assertThat(badStatus.body()).contains("status");
		ExecutionView other = deploy("webhook-2b");
		var replayed = callback(callback.replace(execution.id().toString(), other.id().toString()), body,
				TestInfrastructure.WEBHOOK_SECRET);
		assertThat(replayed.statusCode()).as("a signed result replayed against another execution").isEqualTo(400);
		assertThat(replayed.body()).contains("executionId");
		String unknown = java.util.UUID.randomUUID().toString();
		assertThat(callback("http://localhost:" + this.port + "/api/executions/" + unknown + "/result",
				body.replace(execution.id().toString(), unknown), TestInfrastructure.WEBHOOK_SECRET)
			.statusCode()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select status from execution where id = ?", String.class, execution.id()))
			.isEqualTo("RUNNING");
	}

	@Test
	void aSessionCannotReportAResult() {
		ExecutionView execution = deploy("webhook-3");
		ApiSession admin = signedIn("admin");

		var response = admin.post("/api/executions/" + execution.id() + "/result", Map.of("status", "SUCCEEDED"));

		assertThat(response.status()).isEqualTo(401);
	}

	@Test
	void aPipelineThatIsBrieflyDownIsTriedAgainAndOneThatStaysDownFailsTheStep() {
		this.failuresToAnswer.set(1);
		deploy("webhook-4");
		Eventually.await("the request after one 503", this.received::size, (size) -> size == 1);

		this.failuresToAnswer.set(10);
		ExecutionRequest step = new ExecutionRequest(null, "REL-2026.11-1", ExecutionAction.VERIFY,
				new Wave("canary", "production", 5, 0), List.of(), List.of());
		assertThatThrownBy(() -> this.dispatcher.start(step, "webhook-5", 5L, this.webhook))
			.hasMessageContaining("HTTP 503")
			.hasMessageContaining("3 attempt(s)");
		assertThat(this.jdbc.queryForObject("select dispatched_at is null from execution where idempotency_key = ?",
				Boolean.class, "webhook-5"))
			.isTrue();
	}

	private ExecutionView deploy(String idempotencyKey) {
		ExecutionRequest step = new ExecutionRequest(null, "REL-2026.11-1", ExecutionAction.DEPLOY,
				new Wave("canary", "production", 5, 0), List.of(new Artifact("checkout-api", "2.9.0", SHA)),
				List.of("CHG-000001"));
		return this.dispatcher.start(step, idempotencyKey, 1L, this.webhook);
	}

	private java.net.http.HttpResponse<String> callback(String url, String body, String secret) throws Exception {
		long timestamp = Instant.now().getEpochSecond();
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return this.http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/json")
			.header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
			.header(WebhookSignature.SIGNATURE_HEADER, new WebhookSignature(secret).sign(timestamp, bytes))
			.POST(BodyPublishers.ofByteArray(bytes))
			.build(), BodyHandlers.ofString());
	}

	private record Received(String path, String timestamp, String signature, byte[] body) {
	}

}
