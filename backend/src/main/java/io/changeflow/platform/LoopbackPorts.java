package io.changeflow.platform;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Says clearly which setting to change when an embedded server's port is taken, instead
 * of a bind error deep in a stack trace.
 */
public final class LoopbackPorts {

	private LoopbackPorts() {
	}

	/**
	 * Fails when something already listens on the port on 127.0.0.1.
	 * @param port the port the embedded server wants
	 * @param what the server, for the message
	 * @param variable the environment variable that moves it
	 */
	public static void requireFree(int port, String what, String variable) {
		if (port == 0) {
			return;
		}
		try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			probe.setReuseAddress(true);
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"Port %d for the %s is already in use (another Changeflow?). Stop that, or set %s to a free port."
						.formatted(port, what, variable),
					ex);
		}
	}

}
