package io.changeflow.platform;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class LoopbackPortsTests {

	@Test
	void aTakenPortNamesTheSettingThatMovesIt() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertThatThrownBy(
					() -> LoopbackPorts.requireFree(taken.getLocalPort(), "embedded engine", "CHANGEFLOW_ENGINE_PORT"))
				.hasMessageContaining("Port " + taken.getLocalPort())
				.hasMessageContaining("CHANGEFLOW_ENGINE_PORT");
		}
	}

	@Test
	void aFreePortPasses() throws Exception {
		int port;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = probe.getLocalPort();
		}
		assertThatCode(() -> LoopbackPorts.requireFree(port, "embedded PostgreSQL", "CHANGEFLOW_DB_PORT"))
			.doesNotThrowAnyException();
	}

}
