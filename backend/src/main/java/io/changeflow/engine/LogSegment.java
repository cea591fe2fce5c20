package io.changeflow.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One append-only file of the engine's log: blocks of records, each framed as
 * {@code [int length][int crc32c][long lowestPosition][long highestPosition][bytes]}. The
 * checksum lets the loader tell a block torn by a crash from a whole one; an index of
 * (lowest position, offset) kept in memory lets readers seek without scanning the file.
 */
final class LogSegment implements AutoCloseable {

	static final int HEADER = 24;

	private static final Logger log = LoggerFactory.getLogger(LogSegment.class);

	private final Path file;

	private final FileChannel channel;

	private long[] lowest = new long[1024];

	private long[] offsets = new long[1024];

	private long lastHighest = -1;

	/** Readers see only the blocks counted here: written (and forced) whole. */
	private volatile int count;

	private long size;

	private LogSegment(Path file, FileChannel channel) {
		this.file = file;
		this.channel = channel;
	}

	/**
	 * Opens a segment and indexes its blocks. A torn or corrupt block can only be the
	 * last one written before a crash, never acknowledged: the file is cut before it.
	 */
	static LogSegment open(Path file) throws IOException {
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		LogSegment segment = new LogSegment(file, channel);
		long fileSize = channel.size();
		long offset = 0;
		ByteBuffer header = ByteBuffer.allocate(HEADER);
		while (offset + HEADER <= fileSize) {
			header.clear();
			channel.read(header, offset);
			int length = header.getInt(0);
			if (length <= 0 || offset + HEADER + length > fileSize) {
				break;
			}
			ByteBuffer body = ByteBuffer.allocate(length);
			channel.read(body, offset + HEADER);
			if (crc(body.array()) != header.getInt(4)) {
				break;
			}
			segment.index(header.getLong(8), header.getLong(16), offset);
			offset += HEADER + length;
		}
		if (offset < fileSize) {
			log.warn("Cutting {} bytes of an incomplete block off the end of {}", fileSize - offset, file);
			channel.truncate(offset);
			channel.force(true);
		}
		segment.size = offset;
		return segment;
	}

	/** Appends a block; called by one writer at a time. */
	void append(long lowestPosition, long highestPosition, byte[] block, boolean force) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(HEADER + block.length);
		buffer.putInt(block.length).putInt(crc(block)).putLong(lowestPosition).putLong(highestPosition).put(block);
		buffer.flip();
		long offset = this.size;
		while (buffer.hasRemaining()) {
			this.channel.write(buffer, offset + buffer.position());
		}
		if (force) {
			this.channel.force(false);
		}
		this.size = offset + HEADER + block.length;
		index(lowestPosition, highestPosition, offset);
	}

	private void index(long lowestPosition, long highestPosition, long offset) {
		int n = this.count;
		if (n == this.lowest.length) {
			this.lowest = Arrays.copyOf(this.lowest, n * 2);
			this.offsets = Arrays.copyOf(this.offsets, n * 2);
		}
		this.lowest[n] = lowestPosition;
		this.offsets[n] = offset;
		this.lastHighest = highestPosition;
		this.count = n + 1;
	}

	/** The block whose records include the position, or the last one before it. */
	int blockAtOrBefore(long position) {
		int n = this.count;
		long[] positions = this.lowest;
		int found = Arrays.binarySearch(positions, 0, n, position);
		return (found >= 0) ? found : Math.max(0, -found - 2);
	}

	byte[] read(int block) throws IOException {
		long offset = this.offsets[block];
		ByteBuffer header = ByteBuffer.allocate(4);
		this.channel.read(header, offset);
		ByteBuffer body = ByteBuffer.allocate(header.getInt(0));
		while (body.hasRemaining()) {
			if (this.channel.read(body, offset + HEADER + body.position()) < 0) {
				throw new IOException("Unexpected end of " + this.file);
			}
		}
		return body.array();
	}

	int count() {
		return this.count;
	}

	long size() {
		return this.size;
	}

	long lastHighestPosition() {
		return this.lastHighest;
	}

	Path file() {
		return this.file;
	}

	private static int crc(byte[] bytes) {
		CRC32C crc = new CRC32C();
		crc.update(bytes);
		return (int) crc.getValue();
	}

	@Override
	public void close() throws IOException {
		this.channel.close();
	}

	static void delete(LogSegment segment) throws IOException {
		Files.deleteIfExists(segment.file);
	}

}
