package io.changeflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.logstreams.storage.LogStorage.AppendListener;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.DirectBufferWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log keeps whole blocks across a restart, drops a block torn by a crash, and seeks
 * as the log stream expects.
 */
class FileLogStorageTests {

	@TempDir
	Path directory;

	@Test
	void aTornLastBlockIsDroppedAndTheRestKept() throws Exception {
		try (FileLogStorage storage = new FileLogStorage(this.directory, 1 << 20, true)) {
			append(storage, 1, 3, "first");
			append(storage, 4, 4, "second");
			append(storage, 5, 9, "third");
		}
		Path segment = this.directory.resolve("00000000000000000001.log");
		try (FileChannel channel = FileChannel.open(segment, StandardOpenOption.WRITE)) {
			channel.truncate(channel.size() - 2);
		}
		try (FileLogStorage storage = new FileLogStorage(this.directory, 1 << 20, true)) {
			assertThat(read(storage, -1)).containsExactly("first", "second");
			append(storage, 5, 6, "again");
			assertThat(read(storage, 4)).containsExactly("second", "again");
			assertThat(read(storage, 3)).containsExactly("first", "second", "again");
			assertThat(read(storage, 100)).containsExactly("again");
		}
	}

	@Test
	void segmentsRollAndOldOnesCanBeDeleted() throws Exception {
		try (FileLogStorage storage = new FileLogStorage(this.directory, 10, true)) {
			append(storage, 1, 1, "one");
			append(storage, 2, 2, "two");
			append(storage, 3, 3, "three");
			assertThat(storage.segmentCount()).isEqualTo(3);
			assertThat(storage.deleteBefore(3)).isEqualTo(2);
			assertThat(read(storage, -1)).containsExactly("three");
			assertThat(storage.firstPosition()).isEqualTo(3);
		}
		try (FileLogStorage storage = new FileLogStorage(this.directory, 10, true)) {
			assertThat(read(storage, 1)).containsExactly("three");
		}
	}

	private static void append(FileLogStorage storage, long lowest, long highest, String text) {
		var writer = new DirectBufferWriter().wrap(new UnsafeBuffer(ByteBuffer.wrap(text.getBytes())));
		storage.append(lowest, highest, writer, new AppendListener() {
		});
	}

	private static List<String> read(FileLogStorage storage, long position) {
		List<String> blocks = new ArrayList<>();
		LogStorageReader reader = storage.newReader();
		reader.seek(position);
		while (reader.hasNext()) {
			DirectBuffer block = reader.next();
			blocks.add(block.getStringWithoutLengthAscii(0, block.capacity()));
		}
		return blocks;
	}

}
