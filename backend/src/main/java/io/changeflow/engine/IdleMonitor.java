package io.changeflow.engine;

import io.camunda.zeebe.stream.impl.StreamProcessor;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Tells tests when the engine has processed everything in its log, the way
 * zeebe-process-test's (package-private) monitor does: idle twice in a row, 50 ms apart,
 * so a follow-up command written by the last one processed is not missed.
 */
final class IdleMonitor {

	private static final long GRACE_MILLIS = 50;

	private final StreamProcessor processor;

	IdleMonitor(StreamProcessor processor) {
		this.processor = processor;
	}

	void waitForIdle(Duration timeout) throws InterruptedException, TimeoutException {
		long deadline = System.nanoTime() + timeout.toNanos();
		int idleInARow = 0;
		while (idleInARow < 2) {
			idleInARow = isIdle() ? idleInARow + 1 : 0;
			sleepUntil(deadline, "idle");
		}
	}

	void waitForBusy(Duration timeout) throws InterruptedException, TimeoutException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (isIdle()) {
			sleepUntil(deadline, "busy");
		}
	}

	boolean isIdle() {
		try {
			return this.processor.hasProcessingReachedTheEnd().join();
		}
		catch (RuntimeException ex) {
			return this.processor.isActorClosed();
		}
	}

	private static void sleepUntil(long deadline, String state) throws InterruptedException, TimeoutException {
		if (System.nanoTime() > deadline) {
			throw new TimeoutException("The engine did not become " + state + " in time");
		}
		Thread.sleep(GRACE_MILLIS);
	}

}
