package io.changeflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.changeflow.testing.ApiSession;
import io.changeflow.testing.ApiSession.Response;
import io.changeflow.testing.IntegrationTest;
import io.changeflow.testing.TestInfrastructure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is slowed down: five wrong passwords lock the username, twenty lock
 * the client address, each with 429 and Retry-After, and during a lockout even the right
 * password is refused. The lockout's expiry and doubling are checked on the service with
 * a clock the test moves.
 */
class LoginThrottleIntegrationTests extends IntegrationTest {

	private static final String WRONG = "not-the-password";

	@Test
	void fiveWrongPasswordsLockTheUserOutWith429AndRetryAfter() {
		ApiSession session = anonymous();
		for (int i = 1; i <= 5; i++) {
			assertThat(session.tryLogin("admin", WRONG).status()).as("failure %d", i).isEqualTo(401);
		}

		Response locked = session.tryLogin("admin", WRONG);

		assertThat(locked.status()).isEqualTo(429);
		assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
		assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(locked.json().path("detail").asText()).matches("Too many attempts, try again in \\d+ s");
	}

	@Test
	void theRightPasswordIsRefusedDuringTheLockoutButOtherUsersSignIn() {
		ApiSession session = anonymous();
		for (int i = 1; i <= 5; i++) {
			session.tryLogin("admin", WRONG);
		}

		assertThat(session.tryLogin("admin", TestInfrastructure.DEMO_PASSWORD).status()).isEqualTo(429);
		assertThat(anonymous().tryLogin("ADMIN ", TestInfrastructure.DEMO_PASSWORD).status())
			.as("the same user, typed differently")
			.isEqualTo(429);
		assertThat(anonymous().tryLogin("manager", TestInfrastructure.DEMO_PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void aSuccessfulSignInForgetsTheUsersFailures() {
		ApiSession session = anonymous();
		for (int i = 1; i <= 4; i++) {
			session.tryLogin("admin", WRONG);
		}
		assertThat(session.tryLogin("admin", TestInfrastructure.DEMO_PASSWORD).status()).isEqualTo(200);

		for (int i = 1; i <= 4; i++) {
			assertThat(anonymous().tryLogin("admin", WRONG).status()).as("failure %d after", i).isEqualTo(401);
		}
		assertThat(anonymous().tryLogin("admin", TestInfrastructure.DEMO_PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void twentyFailuresFromOneAddressLockTheAddressOut() {
		for (int i = 1; i <= 20; i++) {
			assertThat(anonymous().tryLogin("guess" + i, WRONG).status()).isEqualTo(401);
		}

		Response locked = anonymous().tryLogin("releng", TestInfrastructure.DEMO_PASSWORD);

		assertThat(locked.status()).isEqualTo(429);
		assertThat(locked.header("Retry-After")).isNotBlank();
	}

	@Test
	void aLockoutEndsAfterItsTimeAndTheNextOneLastsTwiceAsLong() {
		MovableClock clock = new MovableClock(Instant.parse("2030-01-01T00:00:00Z"));
		LoginThrottle throttle = new LoginThrottle(this.jdbc,
				new LoginThrottleProperties(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(1)),
				clock);
		failFiveTimes(throttle);
		assertThatThrownBy(() -> throttle.check("cab1", "10.0.0.1")).isInstanceOfSatisfying(
				LoginThrottledException.class, (ex) -> assertThat(ex.retryAfterSeconds()).isEqualTo(60));

		clock.advance(Duration.ofSeconds(61));
		assertThatNoException().isThrownBy(() -> throttle.check("cab1", "10.0.0.1"));

		failFiveTimes(throttle);
		assertThatThrownBy(() -> throttle.check("cab1", "10.0.0.1")).isInstanceOfSatisfying(
				LoginThrottledException.class, (ex) -> assertThat(ex.retryAfterSeconds()).isEqualTo(120));

		clock.advance(Duration.ofSeconds(121));
		throttle.succeeded("cab1");
		failFiveTimes(throttle);
		assertThatThrownBy(() -> throttle.check("cab1", "10.0.0.1")).as("back to the first lockout after a success")
			.isInstanceOfSatisfying(LoginThrottledException.class,
					(ex) -> assertThat(ex.retryAfterSeconds()).isEqualTo(60));
	}

	private static void failFiveTimes(LoginThrottle throttle) {
		for (int i = 0; i < 5; i++) {
			throttle.failed("cab1", "10.0.0.1");
		}
	}

	/** A clock the test moves forward. */
	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
