package io.changeflow.emailapproval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Signing and verifying approval link tokens.
 */
class ApprovalTokensTests {

	private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);

	private final ApprovalTokens tokens = new ApprovalTokens(SECRET);

	private final LinkClaims claims = new LinkClaims(UUID.randomUUID(), UUID.randomUUID(), "cab1",
			Instant.parse("2026-11-25T10:15:30Z"));

	@Test
	void aSignedTokenVerifiesToItsClaims() {
		String token = this.tokens.sign(this.claims);

		assertThat(this.tokens.verify(token)).contains(this.claims);
		assertThat(token).as("URL-safe, and no dot (the web UI would take it for a file)").matches("[A-Za-z0-9_-]+");
	}

	@Test
	void usernamesWithAnyCharactersSurvive() {
		LinkClaims odd = new LinkClaims(UUID.randomUUID(), UUID.randomUUID(), "jürgen|müller@example.com",
				this.claims.expiresAt());

		assertThat(this.tokens.verify(this.tokens.sign(odd))).contains(odd);
	}

	@Test
	void anyChangedByteIsRejected() {
		byte[] signed = Base64.getUrlDecoder().decode(this.tokens.sign(this.claims));
		for (int i = 0; i < signed.length; i++) {
			byte[] tampered = signed.clone();
			tampered[i] ^= 0x01;
			String token = Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
			assertThat(this.tokens.verify(token)).as("byte %d flipped", i).isEmpty();
		}
	}

	@Test
	void anotherTasksIdUnderTheSameSignatureIsRejected() {
		byte[] signed = Base64.getUrlDecoder().decode(this.tokens.sign(this.claims));
		UUID otherTask = UUID.randomUUID();
		java.nio.ByteBuffer.wrap(signed, 17, 16)
			.putLong(otherTask.getMostSignificantBits())
			.putLong(otherTask.getLeastSignificantBits());

		assertThat(this.tokens.verify(Base64.getUrlEncoder().withoutPadding().encodeToString(signed))).isEmpty();
	}

	@Test
	void aTokenSignedWithAnotherKeyIsRejected() {
		ApprovalTokens other = new ApprovalTokens("another-secret-of-32-characters!".getBytes(StandardCharsets.UTF_8));

		assertThat(this.tokens.verify(other.sign(this.claims))).isEmpty();
	}

	@Test
	void garbageIsRejectedWithoutAnException() {
		assertThat(this.tokens.verify(null)).isEmpty();
		assertThat(this.tokens.verify("")).isEmpty();
		assertThat(this.tokens.verify("not a token!")).isEmpty();
		assertThat(this.tokens.verify("AAAA")).isEmpty();
		assertThat(this.tokens.verify("A".repeat(5000))).isEmpty();
	}

	@Test
	void aShortSecretIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ApprovalTokens(new byte[16]));
	}

	@Test
	void expiryIsKeptToTheSecond() {
		assertThat(this.claims.expired(Instant.parse("2026-11-25T10:15:29Z"))).isFalse();
		assertThat(this.claims.expired(Instant.parse("2026-11-25T10:15:30Z"))).isTrue();
	}

}
