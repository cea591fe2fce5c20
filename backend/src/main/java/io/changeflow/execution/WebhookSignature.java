package io.changeflow.execution;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of webhook requests and callbacks: header {@code X-Changeflow-Timestamp}
 * (Unix seconds) and {@code X-Changeflow-Signature: sha256=<hex>}, the HMAC-SHA256 with
 * the shared secret of {@code <timestamp>.<raw body>}. Signing the timestamp lets a
 * receiver refuse an old request replayed.
 */
final class WebhookSignature {

	static final String SIGNATURE_HEADER = "X-Changeflow-Signature";

	static final String TIMESTAMP_HEADER = "X-Changeflow-Timestamp";

	private static final String PREFIX = "sha256=";

	private final byte[] secret;

	WebhookSignature(String secret) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("The webhook secret is empty");
		}
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
	}

	/** The signature header value of a body sent at the given Unix second. */
	String sign(long timestamp, byte[] body) {
		return PREFIX + HexFormat.of().formatHex(mac(timestamp, body));
	}

	/**
	 * Whether the headers sign this body, at a time close enough to now.
	 * @param timestamp the timestamp header, may be null
	 * @param signature the signature header, may be null
	 */
	boolean verify(String timestamp, String signature, byte[] body, Instant now, Duration maxSkew) {
		if (timestamp == null || signature == null || !signature.startsWith(PREFIX)) {
			return false;
		}
		long seconds;
		byte[] presented;
		try {
			seconds = Long.parseLong(timestamp.strip());
			presented = HexFormat.of().parseHex(signature.substring(PREFIX.length()).strip());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		if (Math.abs(now.getEpochSecond() - seconds) > maxSkew.toSeconds()) {
			return false;
		}
		return MessageDigest.isEqual(mac(seconds, body), presented);
	}

	private byte[] mac(long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
