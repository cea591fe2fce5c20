package io.changeflow.engine;

import io.camunda.search.clients.SearchClientsProxy;
import io.camunda.security.auth.BrokerRequestAuthorizationConverter;
import io.camunda.security.configuration.SecurityConfiguration;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.engine.Engine;
import io.camunda.zeebe.engine.EngineConfiguration;
import io.camunda.zeebe.engine.processing.EngineProcessors;
import io.camunda.zeebe.engine.processing.message.command.SubscriptionCommandSender;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.scheduler.ActorScheduler;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.impl.ControllableStreamClockImpl;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.camunda.zeebe.util.FeatureFlags;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds the Zeebe engine the way zeebe-process-test's {@code EngineFactory} (8.8) does:
 * one partition, a log stream, a stream processor running Zeebe's engine processors, and
 * a gRPC gateway that turns requests into log commands. Unlike it, the log can live on
 * disk ({@link FileLogStorage}), the state can be Zeebe's RocksDB store
 * ({@link EngineStores}), and the gateway listens on 127.0.0.1 only.
 *
 * <p>
 * The clock is zeebe-process-test's controlled clock, left at real time (no offset, not
 * pinned), so timers fire when they are due; only tests move it.
 */
final class DurableEngineFactory {

	private DurableEngineFactory() {
	}

	static DurableEngine create(EngineSettings settings) {
		ControlledActorClock clock = new ControlledActorClock();
		ActorScheduler scheduler = ActorScheduler.newActorScheduler().setActorClock(clock).build();
		scheduler.start();

		Path directory = settings.directory();
		LogStorage storage = settings.durable()
				? new FileLogStorage(directory.resolve("log"), settings.segmentBytes(), settings.fsync())
				: EngineStores.inMemoryLog();
		EngineStores.requireReplayableLog(settings, storage);
		LogStream logStream = LogStream.builder()
			.withPartitionId(ProcessTestParts.PARTITION)
			.withLogStorage(storage)
			.withClock(clock)
			.withMeterRegistry(new SimpleMeterRegistry())
			.build();

		// Request ids of this run start above any a previous run wrote into the log.
		long firstRequestId = System.currentTimeMillis() * 1_000_000L;
		ProcessTestParts parts = new ProcessTestParts(logStream, settings.port(), firstRequestId);
		Server grpcServer = NettyServerBuilder
			.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()))
			.addService(parts.gateway)
			.build();

		ZeebeDb<ZbColumnFamilies> database = EngineStores.open(settings,
				!(storage instanceof FileLogStorage file) || file.isEmpty());
		StreamProcessor processor = StreamProcessor.builder()
			.logStream(logStream)
			.zeebeDb(database)
			.commandResponseWriter(new StaleResponseFilter(parts.responseWriter, firstRequestId))
			.partitionCommandSender(parts.commandSender)
			.recordProcessors(List.of(engine(parts)))
			.actorSchedulingService(scheduler)
			.clock(new ControllableStreamClockImpl(clock))
			.meterRegistry(new SimpleMeterRegistry())
			.build();

		DurableEngine engine = new DurableEngine(grpcServer, processor, database, logStream, scheduler, clock,
				parts.recordStream, settings.port());
		if (storage instanceof FileLogStorage file) {
			if (settings.store() == EngineStore.ROCKSDB) {
				engine.closeBefore(new LogCompaction(file, engine, database, directory));
			}
			engine.closeAfterwards(file);
		}
		return engine;
	}

	private static Engine engine(ProcessTestParts parts) {
		SecurityConfiguration security = new SecurityConfiguration();
		security.getAuthorizations().setEnabled(false);
		return new Engine((context) -> EngineProcessors.createEngineProcessors(context, ProcessTestParts.PARTITION,
				new SubscriptionCommandSender(context.getPartitionId(), parts.commandSender), parts.commandSender,
				FeatureFlags.createDefault(), parts.jobStreamer, SearchClientsProxy.noop(),
				new BrokerRequestAuthorizationConverter(security)), new EngineConfiguration(), security);
	}

}
