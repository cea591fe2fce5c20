package io.changeflow.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Samples of one measured thing, in nanoseconds, and their percentiles in milliseconds
 * (nearest rank: p95 of 100 samples is the 95th smallest).
 */
final class Latencies {

	private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

	static Latencies of(List<Long> samples) {
		Latencies latencies = new Latencies();
		latencies.nanos.addAll(samples);
		return latencies;
	}

	void add(long sampleNanos) {
		this.nanos.add(sampleNanos);
	}

	/** Runs the action and records how long it took. */
	<T> T time(java.util.function.Supplier<T> action) {
		long started = System.nanoTime();
		T result = action.get();
		add(System.nanoTime() - started);
		return result;
	}

	int count() {
		return this.nanos.size();
	}

	Summary summary() {
		List<Long> sorted;
		synchronized (this.nanos) {
			sorted = new ArrayList<>(this.nanos);
		}
		Collections.sort(sorted);
		return new Summary(sorted.size(), rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
				sorted.isEmpty() ? Double.NaN : sorted.getLast() / 1e6);
	}

	private static double rank(List<Long> sorted, int percentile) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	/**
	 * Percentiles in milliseconds.
	 *
	 * @param samples how many samples
	 * @param p50 median
	 * @param p95 95th percentile
	 * @param p99 99th percentile
	 * @param max the slowest
	 */
	record Summary(int samples, double p50, double p95, double p99, double max) {

		String cells() {
			return String.format(Locale.ROOT, "%d | %s | %s | %s | %s", this.samples, ms(this.p50), ms(this.p95),
					ms(this.p99), ms(this.max));
		}

		private static String ms(double value) {
			return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, (value < 10) ? "%.1f" : "%.0f", value);
		}

	}

}
