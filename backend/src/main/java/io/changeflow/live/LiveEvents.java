package io.changeflow.live;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * Sends named events to the browsers listening on {@code /api/events} of this app
 * instance. Inside a transaction an event waits for the commit (a rolled-back change
 * tells nobody). One thread writes to the streams, so a slow browser never holds up the
 * thread that published, and each stream gets a comment every heartbeat so proxies keep
 * it open and dead streams are noticed. What this instance publishes also goes to the
 * other replicas ({@link LiveFanOut}), which deliver it to their own browsers.
 */
@Component
public class LiveEvents implements DisposableBean {

	private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

	private final ThreadPoolTaskScheduler writer = new ThreadPoolTaskScheduler();

	private final Duration streamTimeout;

	/** Where published events also go: the other replicas. */
	private volatile Consumer<Published> fanOut = (event) -> {
	};

	LiveEvents(@Value("${changeflow.live.heartbeat:PT25S}") Duration heartbeat,
			@Value("${changeflow.live.stream-timeout:PT1H}") Duration streamTimeout) {
		this.streamTimeout = streamTimeout;
		this.writer.setPoolSize(1);
		this.writer.setThreadNamePrefix("live-events-");
		this.writer.initialize();
		this.writer.scheduleAtFixedRate(this::heartbeat, heartbeat);
	}

	/**
	 * Sends an event to every listener the audience admits, on every replica, after the
	 * current transaction commits (at once without one).
	 * @param name the event name, e.g. {@code task}
	 * @param data the payload, written as JSON
	 * @param audience who may receive it
	 */
	public void publish(String name, Object data, Audience audience) {
		Published event = new Published(name, data, audience);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			sendEverywhere(event);
			return;
		}
		// afterCompletion rather than afterCommit: it also runs for a synchronization
		// registered while other listeners react to the commit.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_COMMITTED) {
					sendEverywhere(event);
				}
			}
		});
	}

	/** Sends what another replica published to the listeners on this one. */
	void deliver(Published event) {
		sendNow(event);
	}

	void fanOutTo(Consumer<Published> fanOut) {
		this.fanOut = fanOut;
	}

	private void sendEverywhere(Published event) {
		sendNow(event);
		this.fanOut.accept(event);
	}

	/** Opens a stream for a person; it ends on timeout, error or when they leave. */
	SseEmitter subscribe(Viewer viewer) {
		SseEmitter emitter = new SseEmitter(this.streamTimeout.toMillis());
		Subscriber subscriber = new Subscriber(viewer, emitter);
		emitter.onCompletion(() -> this.subscribers.remove(subscriber));
		emitter.onTimeout(() -> {
			this.subscribers.remove(subscriber);
			emitter.complete();
		});
		emitter.onError((ex) -> this.subscribers.remove(subscriber));
		this.subscribers.add(subscriber);
		// A first line at once: the browser (and a test) knows the stream is live.
		write(subscriber, SseEmitter.event().comment("connected"));
		return emitter;
	}

	/** How many streams the person has open on this instance. */
	int listening(String username) {
		return (int) this.subscribers.stream()
			.filter((subscriber) -> subscriber.viewer().username().equals(username))
			.count();
	}

	private void sendNow(Published event) {
		for (Subscriber subscriber : this.subscribers) {
			if (event.audience().admits(subscriber.viewer())) {
				write(subscriber, SseEmitter.event().name(event.name()).data(event.data()));
			}
		}
	}

	private void heartbeat() {
		this.subscribers.forEach((subscriber) -> write(subscriber, SseEmitter.event().comment("heartbeat")));
	}

	private void write(Subscriber subscriber, SseEventBuilder event) {
		this.writer.execute(() -> {
			try {
				subscriber.emitter().send(event);
			}
			catch (IOException | IllegalStateException ex) {
				// The browser left; the container completes the request and calls
				// onError.
				this.subscribers.remove(subscriber);
			}
		});
	}

	@Override
	public void destroy() {
		this.subscribers.forEach((subscriber) -> {
			try {
				subscriber.emitter().complete();
			}
			catch (IllegalStateException ex) {
				// The container already closed that browser's response while stopping.
			}
		});
		this.subscribers.clear();
		this.writer.shutdown();
	}

	private record Subscriber(Viewer viewer, SseEmitter emitter) {
	}

	/**
	 * An event as published, or as it arrived from another replica (data then a parsed
	 * JSON tree, written out the same).
	 */
	record Published(String name, Object data, Audience audience) {
	}

}
