package io.changeflow.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL of the default mode, started again when it dies. A watchdog
 * thread looks at the server process every couple of seconds; when it is gone (killed,
 * crashed, out of memory), it kills what is left of its backends, which would hold the
 * shared memory, and starts the server again on the same data directory and port.
 * PostgreSQL's crash recovery replays the write-ahead log, so every committed transaction
 * is there and nothing half-written is; the connection pool reconnects by itself. A
 * frozen server is alive and is left alone: requests fail fast on their timeouts until it
 * answers again.
 */
final class SupervisedPostgres implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SupervisedPostgres.class);

	private final Supplier<EmbeddedPostgres> starter;

	private final Path clusterDir;

	private final Thread watchdog;

	private volatile EmbeddedPostgres current;

	private volatile ProcessHandle server;

	private volatile List<ProcessHandle> backends = List.of();

	private volatile boolean closed;

	SupervisedPostgres(Supplier<EmbeddedPostgres> starter, Path clusterDir, Duration interval) {
		this.starter = starter;
		this.clusterDir = clusterDir;
		this.current = starter.get();
		this.server = recordedServer();
		if (this.server == null) {
			log.warn("Cannot find the embedded PostgreSQL's process: it will not be restarted if it dies");
		}
		this.watchdog = Thread.ofPlatform().name("postgres-watchdog").daemon().unstarted(() -> watch(interval));
		this.watchdog.start();
	}

	/** The port the server listens on; it stays the same across restarts. */
	int port() {
		return this.current.getPort();
	}

	private void watch(Duration interval) {
		while (!this.closed) {
			try {
				Thread.sleep(interval);
				check();
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Could not start the embedded PostgreSQL again; trying again in {} s", interval.toSeconds(),
						ex);
			}
		}
	}

	private synchronized void check() {
		ProcessHandle running = this.server;
		if (this.closed || running == null) {
			return;
		}
		if (running.isAlive() || listening()) {
			this.backends = running.descendants().toList();
			return;
		}
		log.warn("The embedded PostgreSQL (pid {}) is gone; starting it again on {}", running.pid(), this.clusterDir);
		for (ProcessHandle backend : this.backends) {
			backend.destroyForcibly();
			backend.onExit().orTimeout(5, TimeUnit.SECONDS).exceptionally((timeout) -> backend).join();
		}
		stopQuietly(this.current);
		// A failed start throws and leaves the dead handle: the next check tries again.
		this.current = this.starter.get();
		this.server = recordedServer();
		log.warn("The embedded PostgreSQL is back (pid {})", (this.server != null) ? this.server.pid() : "unknown");
	}

	/** The postmaster, as its pid file in the data directory names it. */
	private ProcessHandle recordedServer() {
		try {
			return OrphanPostgres.recordedServer(this.clusterDir).orElse(null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A second opinion before a restart: a server that accepts connections is not dead.
	 */
	private boolean listening() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Releases the data directory lock of a server that died; the stop command it also
	 * runs finds nothing to stop.
	 */
	private static void stopQuietly(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Closing the dead embedded PostgreSQL failed", ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.closed = true;
		this.watchdog.interrupt();
		try {
			this.watchdog.join(Duration.ofSeconds(30));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		synchronized (this) {
			this.current.close();
		}
	}

}
