package io.changeflow.engine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.process.test.engine.InMemoryEngine;
import io.changeflow.platform.LoopbackPorts;
import io.grpc.Server;
import io.grpc.netty.NettyServerBuilder;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The zeebe-process-test engine, but reachable on 127.0.0.1 only.
 *
 * <p>
 * {@link EngineFactory} builds its gRPC server with {@code ServerBuilder.forPort}, which
 * binds every interface: anyone on the network could deploy and run processes. It offers
 * no hook for the bind address, so before the engine starts we swap its (not yet started)
 * server for one with the same services bound to the loopback address.
 */
final class LoopbackEngine {

	private static final Logger log = LoggerFactory.getLogger(LoopbackEngine.class);

	private LoopbackEngine() {
	}

	static ZeebeTestEngine start(int port) {
		LoopbackPorts.requireFree(port, "embedded engine", "CHANGEFLOW_ENGINE_PORT");
		ZeebeTestEngine engine = EngineFactory.create(port);
		replaceServer(engine, port);
		engine.start();
		log.info("Embedded Zeebe engine listening on 127.0.0.1:{}", port);
		return engine;
	}

	private static void replaceServer(ZeebeTestEngine engine, int port) {
		try {
			Field field = InMemoryEngine.class.getDeclaredField("grpcServer");
			field.setAccessible(true);
			Server anyInterface = (Server) field.get(engine);
			var builder = NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			anyInterface.getServices().forEach(builder::addService);
			field.set(engine, builder.build());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot bind the embedded engine to loopback; refusing to expose it", ex);
		}
	}

}
