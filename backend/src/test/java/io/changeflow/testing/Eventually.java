package io.changeflow.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Waits for the asynchronous part of the app (job workers reacting to the engine) to
 * reach a state, failing with the last value seen.
 */
public final class Eventually {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private Eventually() {
	}

	public static <T> T await(String what, Supplier<T> probe, java.util.function.Predicate<T> done) {
		return await(what, probe, done, WAIT);
	}

	/**
	 * Waits longer (or shorter) than usual, e.g. for a job the engine hands out again.
	 */
	public static <T> T await(String what, Supplier<T> probe, java.util.function.Predicate<T> done, Duration wait) {
		Instant deadline = Instant.now().plus(wait);
		T last = probe.get();
		while (!done.test(last)) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("Waited " + wait + " for " + what + "; last seen: " + last);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			last = probe.get();
		}
		return last;
	}

}
