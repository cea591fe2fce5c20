package io.changeflow.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.impl.ZeebeObjectMapper;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.scheduler.ActorScheduler;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.grpc.Server;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * The embedded Zeebe engine as {@link io.camunda.zeebe.process.test.engine.EngineFactory}
 * builds it, on the log and state {@link DurableEngineFactory} chose. It implements
 * zeebe-process-test's engine interface so tests keep using its record stream and idle
 * detection.
 */
final class DurableEngine implements ZeebeTestEngine {

	private final Server grpcServer;

	private final StreamProcessor processor;

	private final ZeebeDb<?> database;

	private final LogStream logStream;

	private final ActorScheduler scheduler;

	private final ControlledActorClock clock;

	private final RecordStreamSource recordStream;

	private final IdleMonitor idleMonitor;

	private final int port;

	private final List<AutoCloseable> closeFirst = new ArrayList<>();

	private final List<AutoCloseable> closeLast = new ArrayList<>();

	DurableEngine(Server grpcServer, StreamProcessor processor, ZeebeDb<?> database, LogStream logStream,
			ActorScheduler scheduler, ControlledActorClock clock, RecordStreamSource recordStream, int port) {
		this.grpcServer = grpcServer;
		this.processor = processor;
		this.database = database;
		this.logStream = logStream;
		this.scheduler = scheduler;
		this.clock = clock;
		this.recordStream = recordStream;
		this.idleMonitor = new IdleMonitor(processor);
		this.port = port;
	}

	/** Closed before the engine, in order (work that uses the state or the log). */
	void closeBefore(AutoCloseable resource) {
		this.closeFirst.add(resource);
	}

	/** Closed after the engine, in order (the log storage). */
	void closeAfterwards(AutoCloseable resource) {
		this.closeLast.add(resource);
	}

	/**
	 * Recovers the state from the log, processes what a previous run left unprocessed,
	 * and only then opens the gateway: a client never sees a half-recovered engine.
	 */
	@Override
	public void start() {
		this.processor.openAsync(false).join();
		try {
			this.idleMonitor.waitForIdle(Duration.ofMinutes(10));
			this.grpcServer.start();
		}
		catch (IOException | TimeoutException ex) {
			throw new IllegalStateException("The embedded engine did not start", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the embedded engine started", ex);
		}
	}

	@Override
	public void stop() {
		try {
			this.grpcServer.shutdownNow();
			this.grpcServer.awaitTermination();
			for (AutoCloseable resource : this.closeFirst) {
				resource.close();
			}
			this.processor.closeAsync().join();
			this.database.close();
			this.logStream.close();
			this.scheduler.stop().get();
			for (AutoCloseable resource : this.closeLast) {
				resource.close();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the embedded engine stopped", ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The embedded engine did not stop cleanly", ex);
		}
	}

	/** The position of the last command whose results are in the state. */
	long lastProcessedPosition() {
		return this.processor.getLastProcessedPositionAsync().join();
	}

	@Override
	public RecordStreamSource getRecordStreamSource() {
		return this.recordStream;
	}

	@Override
	@SuppressWarnings("deprecation")
	public ZeebeClient createClient() {
		return ZeebeClient.newClientBuilder()
			.applyEnvironmentVariableOverrides(false)
			.preferRestOverGrpc(false)
			.gatewayAddress(getGatewayAddress())
			.usePlaintext()
			.build();
	}

	@Override
	@SuppressWarnings("deprecation")
	public ZeebeClient createClient(ObjectMapper objectMapper) {
		return ZeebeClient.newClientBuilder()
			.withJsonMapper(new ZeebeObjectMapper(objectMapper))
			.applyEnvironmentVariableOverrides(false)
			.preferRestOverGrpc(false)
			.gatewayAddress(getGatewayAddress())
			.usePlaintext()
			.build();
	}

	@Override
	public String getGatewayAddress() {
		return "127.0.0.1:" + this.port;
	}

	/** Moves the engine's clock; for tests only, the app never calls it. */
	@Override
	public void increaseTime(Duration timeToAdd) {
		this.clock.addTime(timeToAdd);
	}

	@Override
	public void waitForIdleState(Duration timeout) throws InterruptedException, TimeoutException {
		this.idleMonitor.waitForIdle(timeout);
	}

	@Override
	public void waitForBusyState(Duration timeout) throws InterruptedException, TimeoutException {
		this.idleMonitor.waitForBusy(timeout);
	}

}
