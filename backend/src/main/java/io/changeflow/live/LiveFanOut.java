package io.changeflow.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.changeflow.live.LiveEvents.Published;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Live events across replicas, through PostgreSQL {@code LISTEN/NOTIFY}: what one replica
 * publishes to its own browsers it also NOTIFYs, and every replica LISTENs on a
 * connection of its own and delivers what the others published to its browsers. A replica
 * ignores its own notifications (it delivered those at once), so each browser gets each
 * event exactly once. While the listening connection is down (database restart) other
 * replicas' events are missed; browsers refetch what they show when they reconnect.
 */
@Component
class LiveFanOut implements SmartLifecycle {

	static final String CHANNEL = "changeflow_live";

	private static final Logger log = LoggerFactory.getLogger(LiveFanOut.class);

	/** PostgreSQL refuses payloads of 8000 bytes or more. */
	private static final int MAX_PAYLOAD = 7900;

	private static final int POLL_MILLIS = 1000;

	private static final long RECONNECT_MILLIS = 1000;

	/** Tells this replica's notifications from the others'. */
	private final UUID origin = UUID.randomUUID();

	private final LiveEvents live;

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	/**
	 * Sends NOTIFYs off the publishing thread, in order. While the database is down a
	 * bounded number wait; the rest are dropped (browsers refetch on reconnect).
	 */
	private final ThreadPoolExecutor notifier = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
			new ArrayBlockingQueue<>(10_000), (task) -> new Thread(task, "live-notify"),
			(task, executor) -> log.warn("Live event not sent to other replicas: too many waiting"));

	private volatile boolean running;

	private volatile Thread listener;

	LiveFanOut(LiveEvents live, DataSource dataSource, ObjectMapper json) {
		this.live = live;
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.json = json;
	}

	@Override
	public void start() {
		this.running = true;
		this.live.fanOutTo(this::notifyOthers);
		this.listener = Thread.ofPlatform().name("live-listen").daemon().start(this::listen);
	}

	@Override
	public void stop() {
		this.running = false;
		this.live.fanOutTo((event) -> {
		});
		this.notifier.shutdown();
		Thread thread = this.listener;
		if (thread != null) {
			try {
				thread.join(2 * POLL_MILLIS + 500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void notifyOthers(Published event) {
		String payload;
		try {
			payload = this.json.writeValueAsString(
					new Notification(this.origin, event.name(), this.json.valueToTree(event.data()), event.audience()));
		}
		catch (JsonProcessingException | IllegalArgumentException ex) {
			log.warn("Live event {} not sent to other replicas: {}", event.name(), ex.getMessage());
			return;
		}
		if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD) {
			log.warn("Live event {} not sent to other replicas: {} bytes is too long for NOTIFY", event.name(),
					payload.length());
			return;
		}
		this.notifier.execute(() -> {
			try {
				this.jdbc.queryForList("select pg_notify(?, ?)", CHANNEL, payload);
			}
			catch (RuntimeException ex) {
				log.warn("Live event {} not sent to other replicas: {}", event.name(), ex.getMessage());
			}
		});
	}

	/** Listens until stopped, connecting again after each failure. */
	private void listen() {
		boolean failing = false;
		while (this.running) {
			try (Connection connection = this.dataSource.getConnection()) {
				try (Statement listen = connection.createStatement()) {
					listen.execute("listen " + CHANNEL);
				}
				if (failing) {
					log.info("Listening for other replicas' live events again");
					failing = false;
				}
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] arrived = postgres.getNotifications(POLL_MILLIS);
					if (arrived != null) {
						for (PGNotification notification : arrived) {
							receive(notification.getParameter());
						}
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (!this.running) {
					return;
				}
				if (!failing) {
					log.warn("Not listening for other replicas' live events: {}; trying again", ex.getMessage());
					failing = true;
				}
				pause();
			}
		}
	}

	private void receive(String payload) {
		try {
			Notification notification = this.json.readValue(payload, Notification.class);
			if (!this.origin.equals(notification.origin())) {
				this.live.deliver(new Published(notification.name(), notification.data(), notification.audience()));
			}
		}
		catch (JsonProcessingException ex) {
			log.warn("Ignored a live event from another replica: {}", ex.getMessage());
		}
	}

	private static void pause() {
		try {
			Thread.sleep(RECONNECT_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** What goes over the channel. */
	record Notification(UUID origin, String name, JsonNode data, Audience audience) {
	}

}
