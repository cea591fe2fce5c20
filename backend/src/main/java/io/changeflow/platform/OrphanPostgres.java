package io.changeflow.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running by an app that was killed (kill -9, a crash) holds the data
 * directory, and the next start would fail. When no live app holds the data directory's
 * lock but the server recorded in {@code postmaster.pid} still runs, it is ours and
 * orphaned: stop it, so the data directory can be used again.
 */
final class OrphanPostgres {

	private static final Logger log = LoggerFactory.getLogger(OrphanPostgres.class);

	/**
	 * The lock file zonky's EmbeddedPostgres holds while an app uses the data directory.
	 */
	private static final String APP_LOCK = "epg-lock";

	private OrphanPostgres() {
	}

	static void stopIfAny(Path clusterDir) throws IOException {
		Optional<ProcessHandle> server = recordedServer(clusterDir);
		if (server.isEmpty() || heldByLiveApp(clusterDir)) {
			return;
		}
		log.warn("Stopping PostgreSQL (pid {}) left running by an app that did not shut down", server.get().pid());
		// SIGTERM is PostgreSQL's smart shutdown: it writes everything to disk and exits.
		server.get().destroy();
		server.get().onExit().orTimeout(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS).join();
	}

	/**
	 * The PostgreSQL server recorded in the data directory, if it runs.
	 */
	static Optional<ProcessHandle> recordedServer(Path clusterDir) throws IOException {
		Path pidFile = clusterDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d+")) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(lines.getFirst().strip()))
			.filter(ProcessHandle::isAlive)
			.filter((
					process) -> process.info().command().map((command) -> command.endsWith("/postgres")).orElse(false));
	}

	private static boolean heldByLiveApp(Path clusterDir) throws IOException {
		Path lockFile = clusterDir.resolve(APP_LOCK);
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
				FileLock lock = channel.tryLock()) {
			return lock == null;
		}
		catch (OverlappingFileLockException ex) {
			return true;
		}
	}

}
