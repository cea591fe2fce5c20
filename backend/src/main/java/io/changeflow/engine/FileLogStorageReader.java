package io.changeflow.engine;

import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentSkipListMap;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Reads the blocks of a {@link FileLogStorage} in order, across segments.
 */
final class FileLogStorageReader implements LogStorageReader {

	private final ConcurrentSkipListMap<Long, LogSegment> segments;

	private Map.Entry<Long, LogSegment> segment;

	private int block;

	FileLogStorageReader(ConcurrentSkipListMap<Long, LogSegment> segments) {
		this.segments = segments;
		this.segment = segments.firstEntry();
	}

	@Override
	public void seek(long position) {
		Map.Entry<Long, LogSegment> found = (position < 0) ? null : this.segments.floorEntry(position);
		if (found == null) {
			this.segment = this.segments.firstEntry();
			this.block = 0;
			return;
		}
		// Past the end: stay on the last block, as the contract asks.
		this.segment = found;
		int count = found.getValue().count();
		this.block = (count == 0) ? 0 : Math.min(found.getValue().blockAtOrBefore(position), count - 1);
	}

	@Override
	public boolean hasNext() {
		if (this.segment == null) {
			this.segment = this.segments.firstEntry();
			this.block = 0;
			if (this.segment == null) {
				return false;
			}
		}
		while (this.block >= this.segment.getValue().count()) {
			Map.Entry<Long, LogSegment> next = this.segments.higherEntry(this.segment.getKey());
			if (next == null) {
				return false;
			}
			this.segment = next;
			this.block = 0;
		}
		return true;
	}

	@Override
	public DirectBuffer next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		try {
			return new UnsafeBuffer(this.segment.getValue().read(this.block++));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
	}

}
