package io.changeflow.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.changeflow.testing.ApiSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A browser's {@code EventSource} in a test: reads {@code /api/events} line by line on
 * its own thread and keeps every event (and comment) it parsed, in order.
 */
public final class EventStream implements AutoCloseable {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final HttpResponse<Stream<String>> response;

	private final LinkedBlockingQueue<Event> arrived = new LinkedBlockingQueue<>();

	private final List<Event> seen = new ArrayList<>();

	private EventStream(HttpResponse<Stream<String>> response) {
		this.response = response;
		Thread reader = new Thread(this::read, "event-stream-reader");
		reader.setDaemon(true);
		reader.start();
	}

	/** Opens the stream and waits for the server's first comment. */
	public static EventStream open(ApiSession session) {
		EventStream stream = new EventStream(session.stream("/api/events"));
		stream.await("comment", (data) -> data.asText().equals("connected"));
		return stream;
	}

	public int status() {
		return this.response.statusCode();
	}

	/** Waits for an event of the name whose data matches, failing after a while. */
	public JsonNode await(String name, Predicate<JsonNode> wanted) {
		Instant deadline = Instant.now().plus(WAIT);
		for (Event event : this.seen) {
			if (event.name().equals(name) && wanted.test(event.data())) {
				return event.data();
			}
		}
		while (Instant.now().isBefore(deadline)) {
			Event event = next(Duration.between(Instant.now(), deadline));
			if (event != null && event.name().equals(name) && wanted.test(event.data())) {
				return event.data();
			}
		}
		throw new AssertionError("Waited " + WAIT + " for a '" + name + "' event; saw " + this.seen);
	}

	/** Every event of the name seen so far. */
	public List<JsonNode> seen(String name) {
		this.arrived.drainTo(this.seen);
		return this.seen.stream().filter((event) -> event.name().equals(name)).map(Event::data).toList();
	}

	private Event next(Duration wait) {
		try {
			Event event = this.arrived.poll(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
			if (event != null) {
				this.seen.add(event);
			}
			return event;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void read() {
		String name = "message";
		StringBuilder data = new StringBuilder();
		try (Stream<String> lines = this.response.body()) {
			for (String line : (Iterable<String>) lines::iterator) {
				if (line.startsWith(":")) {
					this.arrived.add(new Event("comment", JSON.getNodeFactory().textNode(line.substring(1).strip())));
				}
				else if (line.startsWith("event:")) {
					name = line.substring(6).strip();
				}
				else if (line.startsWith("data:")) {
					data.append(line.substring(5).strip());
				}
				else if (line.isEmpty() && !data.isEmpty()) {
					this.arrived.add(new Event(name, JSON.readTree(data.toString())));
					name = "message";
					data.setLength(0);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (UncheckedIOException ex) {
			// Closed by the test.
		}
	}

	@Override
	public void close() {
		this.response.body().close();
	}

	private record Event(String name, JsonNode data) {
	}

}
