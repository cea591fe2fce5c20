package io.changeflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.changeflow.testing.ApiSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * A person's live event stream ({@code GET /api/events}), read on a thread of its own:
 * hands each event (name, data, arrival time) to a listener, as the browser's EventSource
 * does.
 */
final class LiveStream implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpResponse<Stream<String>> response;

	private final CountDownLatch connected = new CountDownLatch(1);

	private final Listener listener;

	private LiveStream(HttpResponse<Stream<String>> response, Listener listener) {
		this.response = response;
		this.listener = listener;
		Thread reader = new Thread(this::read, "live-stream");
		reader.setDaemon(true);
		reader.start();
	}

	/** Opens the stream and waits until the server says it is connected. */
	static LiveStream open(ApiSession session, Listener listener) throws InterruptedException {
		LiveStream stream = new LiveStream(session.stream("/api/events"), listener);
		if (!stream.connected.await(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException("The live event stream did not connect");
		}
		return stream;
	}

	private void read() {
		String name = "message";
		StringBuilder data = new StringBuilder();
		try (Stream<String> lines = this.response.body()) {
			for (String line : (Iterable<String>) lines::iterator) {
				if (line.startsWith(":")) {
					this.connected.countDown();
				}
				else if (line.startsWith("event:")) {
					name = line.substring(6).strip();
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring(5).strip());
				}
				else if (line.isEmpty() && !data.isEmpty()) {
					this.listener.on(name, JSON.readTree(data.toString()), System.nanoTime());
					name = "message";
					data.setLength(0);
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			// Closed.
		}
	}

	@Override
	public void close() {
		this.response.body().close();
	}

	/** Receives each event as it arrives. */
	interface Listener {

		void on(String name, JsonNode data, long arrivedNanos);

		static Listener of(BiConsumer<String, JsonNode> consumer) {
			return (name, data, at) -> consumer.accept(name, data);
		}

	}

}
