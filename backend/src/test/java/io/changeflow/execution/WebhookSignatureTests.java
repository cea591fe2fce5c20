package io.changeflow.execution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The webhook signature: HMAC-SHA256 over the timestamp and the raw body, refused when
 * the secret, body or timestamp differ or the timestamp is stale.
 */
class WebhookSignatureTests {

	private static final byte[] BODY = "{\"status\":\"SUCCEEDED\"}".getBytes(StandardCharsets.UTF_8);

	private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

	private static final Duration SKEW = Duration.ofMinutes(5);

	private final WebhookSignature signature = new WebhookSignature("s3cret");

	@Test
	void aSignatureIsTheHmacOfTimestampDotBody() {
		// Known answer: printf '1700000000.{"status":"SUCCEEDED"}' | openssl dgst -sha256
		// -hmac s3cret
		assertThat(this.signature.sign(1700000000L, BODY))
			.isEqualTo("sha256=46d246ef1b192f0f021be8f60369f33cdd60bff522785cece520b9cf22d2068c");
	}

	@Test
	void itVerifiesItsOwnSignatureOnly() {
		long at = NOW.getEpochSecond();
		String signed = this.signature.sign(at, BODY);

		assertThat(this.signature.verify(Long.toString(at), signed, BODY, NOW, SKEW)).isTrue();
		assertThat(new WebhookSignature("other").verify(Long.toString(at), signed, BODY, NOW, SKEW)).isFalse();
		assertThat(this.signature.verify(Long.toString(at), signed, "{}".getBytes(StandardCharsets.UTF_8), NOW, SKEW))
			.isFalse();
		assertThat(this.signature.verify(Long.toString(at + 1), signed, BODY, NOW, SKEW)).isFalse();
		assertThat(this.signature.verify(null, signed, BODY, NOW, SKEW)).isFalse();
		assertThat(this.signature.verify(Long.toString(at), null, BODY, NOW, SKEW)).isFalse();
		assertThat(this.signature.verify(Long.toString(at), "sha256=zz", BODY, NOW, SKEW)).isFalse();
		assertThat(this.signature.verify("yesterday", signed, BODY, NOW, SKEW)).isFalse();
	}

	@Test
	void anOldRequestReplayedIsRefused() {
		long old = NOW.minus(Duration.ofMinutes(6)).getEpochSecond();

		assertThat(this.signature.verify(Long.toString(old), this.signature.sign(old, BODY), BODY, NOW, SKEW))
			.isFalse();
	}

}
