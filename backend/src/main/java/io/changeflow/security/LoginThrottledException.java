package io.changeflow.security;

import java.time.Duration;

/**
 * A sign-in refused without checking the password: too many recent failures for the
 * username or the client address.
 */
class LoginThrottledException extends RuntimeException {

	private final Duration retryAfter;

	LoginThrottledException(Duration retryAfter) {
		super("Too many failed sign-ins");
		this.retryAfter = retryAfter;
	}

	/** Whole seconds until a sign-in is accepted again, at least 1. */
	long retryAfterSeconds() {
		return Math.max(1, (this.retryAfter.toMillis() + 999) / 1000);
	}

}
