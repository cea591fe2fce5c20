package io.changeflow.engine;

import io.camunda.zeebe.engine.processing.streamprocessor.JobStreamer;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.stream.api.CommandResponseWriter;
import io.camunda.zeebe.stream.api.InterPartitionCommandSender;
import io.grpc.BindableService;
import java.lang.reflect.Constructor;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The pieces of zeebe-process-test's engine that translate gRPC requests into log
 * commands and processing results into gRPC responses. They are package-private in that
 * library and {@code EngineFactory} hard-wires them to an in-memory log and state, so we
 * build them by reflection and wire them to our own log and state instead. Any change of
 * their constructors shows up at start (and in the engine tests), not at run time.
 */
final class ProcessTestParts {

	private static final String PACKAGE = "io.camunda.zeebe.process.test.engine.";

	static final int PARTITION = 1;

	final Object commandWriter;

	final InterPartitionCommandSender commandSender;

	final JobStreamer jobStreamer;

	final BindableService gateway;

	final CommandResponseWriter responseWriter;

	final RecordStreamSource recordStream;

	/**
	 * @param logStream the log the gateway writes commands to
	 * @param port the port the gateway reports as its address
	 * @param firstRequestId where this run's gateway request ids start
	 */
	ProcessTestParts(LogStream logStream, int port, long firstRequestId) {
		try {
			this.commandWriter = create("CommandWriter", logStream.newLogStreamWriter());
			this.commandSender = (InterPartitionCommandSender) create("CommandSender", this.commandWriter);
			Object requestStore = create("GatewayRequestStore");
			// Commands written by a previous run carry its request ids; ids of this run
			// must
			// not collide with them (see StaleResponseFilter).
			var idField = requestStore.getClass().getDeclaredField("requestIdGenerator");
			idField.setAccessible(true);
			((AtomicLong) idField.get(requestStore)).set(firstRequestId);
			this.jobStreamer = (JobStreamer) create("InMemoryJobStreamer", this.commandWriter);
			this.gateway = (BindableService) create("GrpcToLogStreamGateway", this.commandWriter, PARTITION, PARTITION,
					port, requestStore, this.jobStreamer);
			this.responseWriter = (CommandResponseWriter) create("GrpcResponseWriter", this.gateway, requestStore,
					null);
			this.recordStream = (RecordStreamSource) create("RecordStreamSourceImpl", logStream.newLogStreamReader(),
					PARTITION);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("zeebe-process-test changed; cannot build the embedded engine", ex);
		}
	}

	private static Object create(String simpleName, Object... arguments) throws ReflectiveOperationException {
		Class<?> type = Class.forName(PACKAGE + simpleName);
		for (Constructor<?> constructor : type.getDeclaredConstructors()) {
			if (constructor.getParameterCount() == arguments.length) {
				constructor.setAccessible(true);
				return constructor.newInstance(arguments);
			}
		}
		throw new NoSuchMethodException(simpleName + " with " + arguments.length + " parameters");
	}

}
