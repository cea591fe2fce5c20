package io.changeflow.execution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.changeflow.platform.ApiException;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the webhook executor's counterpart reports a result: {@code POST
 * /api/executions/{id}/result} with {@code {status, result}}. No session: the signature
 * over the raw body (see {@link WebhookSignature}) is the credential. A second report of
 * a finished execution answers the recorded result and changes nothing.
 */
@RestController
class ExecutionCallbackController {

	private final ExecutionReports reports;

	private final ExecutorSettings.Webhook settings;

	private final ObjectMapper json;

	private final Clock clock = Clock.systemUTC();

	ExecutionCallbackController(ExecutionReports reports, ExecutorSettings settings, ObjectMapper json) {
		this.reports = reports;
		this.settings = settings.webhook();
		this.json = json;
	}

	@PostMapping(path = "/api/executions/{id}/result", consumes = "application/json")
	ExecutionView report(@PathVariable String id,
			@RequestHeader(name = WebhookSignature.TIMESTAMP_HEADER, required = false) String timestamp,
			@RequestHeader(name = WebhookSignature.SIGNATURE_HEADER, required = false) String signature,
			@RequestBody byte[] body) {
		if (!this.settings.hasSecret()) {
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Webhook secret not configured",
					"Set changeflow.executor.webhook.secret to accept execution results", null);
		}
		if (!new WebhookSignature(this.settings.secret()).verify(timestamp, signature, body, this.clock.instant(),
				this.settings.maxClockSkew())) {
			throw new ApiException(HttpStatus.UNAUTHORIZED, "Unauthorized",
					"Missing, stale or wrong " + WebhookSignature.SIGNATURE_HEADER + " signature", null);
		}
		UUID executionId = executionId(id);
		JsonNode report = parse(body);
		return this.reports.report(executionId, status(report.path("status")), result(report.path("result")));
	}

	private static UUID executionId(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw ApiException.notFound("execution", id);
		}
	}

	private JsonNode parse(byte[] body) {
		try {
			JsonNode report = this.json.readTree(body);
			if (report == null || !report.isObject()) {
				throw ApiException.invalid("status", "The body must be a JSON object {status, result}");
			}
			return report;
		}
		catch (IOException ex) {
			throw ApiException.invalid("status", "The body is not JSON");
		}
	}

	private static ExecutionStatus status(JsonNode status) {
		if (status.isTextual() && (status.asText().equals(ExecutionStatus.SUCCEEDED.name())
				|| status.asText().equals(ExecutionStatus.FAILED.name()))) {
			return ExecutionStatus.valueOf(status.asText());
		}
		throw ApiException.invalid("status", "must be SUCCEEDED or FAILED");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> result(JsonNode result) {
		if (result.isMissingNode() || result.isNull()) {
			return Map.of();
		}
		if (!result.isObject()) {
			throw ApiException.invalid("result", "must be a JSON object");
		}
		return this.json.convertValue(result, Map.class);
	}

}
