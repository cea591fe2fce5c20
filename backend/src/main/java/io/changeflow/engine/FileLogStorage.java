package io.changeflow.engine;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.stream.Stream;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The engine's log on disk: the source of truth the state is rebuilt from. Segment files
 * are named after the first position they hold. An append returns only once the block is
 * written (and, with {@code force}, on disk): the stream processor writes its follow-up
 * records before it commits its state and answers the client, so nothing acknowledged can
 * be missing from the log after a crash, and the state is never ahead of the log.
 */
final class FileLogStorage implements LogStorage, AutoCloseable {

	private final Path directory;

	private final long segmentSize;

	private final boolean force;

	private final ConcurrentSkipListMap<Long, LogSegment> segments = new ConcurrentSkipListMap<>();

	private final List<LogSegment> retired = new ArrayList<>();

	private final CopyOnWriteArraySet<CommitListener> commitListeners = new CopyOnWriteArraySet<>();

	private volatile Runnable onRoll = () -> {
	};

	FileLogStorage(Path directory, long segmentSize, boolean force) {
		this.directory = directory;
		this.segmentSize = segmentSize;
		this.force = force;
		try {
			Files.createDirectories(directory);
			try (Stream<Path> files = Files.list(directory)) {
				for (Path file : files.filter((f) -> f.toString().endsWith(".log")).sorted().toList()) {
					long first = Long.parseLong(file.getFileName().toString().replace(".log", ""));
					this.segments.put(first, LogSegment.open(file));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the engine log in " + directory, ex);
		}
	}

	/**
	 * Called after a new segment starts, so the engine can drop segments it no longer
	 * needs.
	 */
	void onRoll(Runnable action) {
		this.onRoll = action;
	}

	@Override
	public void append(long lowestPosition, long highestPosition, BufferWriter bufferWriter, AppendListener listener) {
		byte[] block = new byte[bufferWriter.getLength()];
		bufferWriter.write(new UnsafeBuffer(block), 0);
		try {
			segmentFor(lowestPosition).append(lowestPosition, highestPosition, block, this.force);
		}
		catch (IOException ex) {
			// The sequencer cannot take a failed append back: stop rather than run on a
			// log
			// that has a hole.
			throw new UncheckedIOException("Cannot append to the engine log", ex);
		}
		listener.onWrite(highestPosition, highestPosition);
		listener.onCommit(highestPosition, highestPosition);
		this.commitListeners.forEach(CommitListener::onCommit);
	}

	private LogSegment segmentFor(long lowestPosition) throws IOException {
		Map.Entry<Long, LogSegment> last = this.segments.lastEntry();
		if (last != null && last.getValue().size() < this.segmentSize) {
			return last.getValue();
		}
		Path file = this.directory.resolve("%020d.log".formatted(lowestPosition));
		LogSegment segment = LogSegment.open(file);
		this.segments.put(lowestPosition, segment);
		if (last != null) {
			this.onRoll.run();
		}
		return segment;
	}

	/**
	 * Deletes the segments whose records all precede the position.
	 * @param position the first position the engine may still need to read
	 * @return how many segments were deleted
	 */
	synchronized int deleteBefore(long position) throws IOException {
		int deleted = 0;
		for (var entry : this.segments.headMap(position, true).entrySet()) {
			Long next = this.segments.higherKey(entry.getKey());
			if (next == null || next > position) {
				break;
			}
			this.segments.remove(entry.getKey());
			// Readers may still hold it open; it is closed with the storage.
			this.retired.add(entry.getValue());
			LogSegment.delete(entry.getValue());
			deleted++;
		}
		return deleted;
	}

	/** The first position the log still holds (1 if empty or never compacted). */
	long firstPosition() {
		var first = this.segments.firstEntry();
		return (first == null || first.getValue().count() == 0) ? 1 : first.getKey();
	}

	boolean isEmpty() {
		return this.segments.values().stream().allMatch((segment) -> segment.count() == 0);
	}

	int segmentCount() {
		return this.segments.size();
	}

	@Override
	public LogStorageReader newReader() {
		return new FileLogStorageReader(this.segments);
	}

	@Override
	public void addCommitListener(CommitListener listener) {
		this.commitListeners.add(listener);
	}

	@Override
	public void removeCommitListener(CommitListener listener) {
		this.commitListeners.remove(listener);
	}

	@Override
	public synchronized void close() throws IOException {
		for (LogSegment segment : this.segments.values()) {
			segment.close();
		}
		for (LogSegment segment : this.retired) {
			segment.close();
		}
	}

}
