package io.changeflow.emailapproval;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies approval link tokens: HMAC-SHA256 over a binary payload (version,
 * link id, task id, expiry, approver), all in one URL-safe Base64 string. No dots: the
 * web UI's fallback treats a path with a dot as a file, and the token is part of the
 * confirm page's path.
 */
class ApprovalTokens {

	private static final byte VERSION = 1;

	private static final int MAC_LENGTH = 32;

	private static final int FIXED_LENGTH = 1 + 16 + 16 + 8;

	/** Longer than any username: a token is a URL, not a place to store data. */
	private static final int MAX_TOKEN_LENGTH = 600;

	private final SecretKeySpec key;

	ApprovalTokens(byte[] secret) {
		if (secret.length < 32) {
			throw new IllegalArgumentException("The email approval secret must have at least 32 bytes");
		}
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	String sign(LinkClaims claims) {
		byte[] approver = claims.approver().getBytes(StandardCharsets.UTF_8);
		ByteBuffer payload = ByteBuffer.allocate(FIXED_LENGTH + approver.length);
		payload.put(VERSION);
		putUuid(payload, claims.linkId());
		putUuid(payload, claims.taskId());
		payload.putLong(claims.expiresAt().getEpochSecond());
		payload.put(approver);
		byte[] signed = Arrays.copyOf(payload.array(), payload.capacity() + MAC_LENGTH);
		System.arraycopy(mac(payload.array()), 0, signed, payload.capacity(), MAC_LENGTH);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
	}

	/**
	 * The claims of a token this app signed, or empty for anything else (malformed,
	 * tampered, signed with another key). Expiry is the caller's business: an expired
	 * link is still ours and answers differently from a forged one.
	 */
	Optional<LinkClaims> verify(String token) {
		if (token == null || token.length() > MAX_TOKEN_LENGTH) {
			return Optional.empty();
		}
		byte[] signed;
		try {
			signed = Base64.getUrlDecoder().decode(token);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (signed.length <= FIXED_LENGTH + MAC_LENGTH) {
			return Optional.empty();
		}
		byte[] payload = Arrays.copyOf(signed, signed.length - MAC_LENGTH);
		byte[] mac = Arrays.copyOfRange(signed, payload.length, signed.length);
		// Constant time: how far a guess matches must not show in the response time.
		if (!MessageDigest.isEqual(mac, mac(payload)) || payload[0] != VERSION) {
			return Optional.empty();
		}
		ByteBuffer read = ByteBuffer.wrap(payload, 1, payload.length - 1);
		UUID linkId = new UUID(read.getLong(), read.getLong());
		UUID taskId = new UUID(read.getLong(), read.getLong());
		Instant expiresAt = Instant.ofEpochSecond(read.getLong());
		String approver = new String(payload, FIXED_LENGTH, payload.length - FIXED_LENGTH, StandardCharsets.UTF_8);
		return Optional.of(new LinkClaims(linkId, taskId, approver, expiresAt));
	}

	private byte[] mac(byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(payload);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	private static void putUuid(ByteBuffer buffer, UUID id) {
		buffer.putLong(id.getMostSignificantBits());
		buffer.putLong(id.getLeastSignificantBits());
	}

}
