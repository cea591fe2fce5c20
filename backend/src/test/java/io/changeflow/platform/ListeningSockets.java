package io.changeflow.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The TCP sockets this machine listens on, read from Linux's /proc/net/tcp and tcp6, so a
 * test can see the bind address the kernel really uses rather than what the code asked
 * for.
 */
final class ListeningSockets {

	private static final String LISTEN = "0A";

	private static final String IPV4_MAPPED = "0000000000000000FFFF0000";

	private ListeningSockets() {
	}

	/** The local addresses listening on a port, e.g. "127.0.0.1" or "0.0.0.0" or "::". */
	static List<String> addressesOnPort(int port) throws IOException {
		List<String> addresses = new ArrayList<>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			Path path = Path.of(table);
			if (!Files.exists(path)) {
				continue;
			}
			for (String line : Files.readAllLines(path).subList(1, Files.readAllLines(path).size())) {
				String[] columns = line.trim().split("\\s+");
				String[] local = columns[1].split(":");
				if (columns[3].equals(LISTEN) && Integer.parseInt(local[1], 16) == port) {
					addresses.add(decode(local[0]));
				}
			}
		}
		return addresses;
	}

	/** /proc prints addresses as little-endian hex words. */
	private static String decode(String hex) {
		if (hex.length() == 8) {
			long value = Long.parseLong(hex, 16);
			return (value & 0xFF) + "." + ((value >> 8) & 0xFF) + "." + ((value >> 16) & 0xFF) + "."
					+ ((value >> 24) & 0xFF);
		}
		if (hex.startsWith(IPV4_MAPPED)) {
			// An IPv6 socket bound to an IPv4 address (::ffff:a.b.c.d), as Netty binds
			// it.
			return decode(hex.substring(IPV4_MAPPED.length()));
		}
		return switch (hex) {
			case "00000000000000000000000000000000" -> "::";
			case "00000000000000000000000001000000" -> "::1";
			default -> hex;
		};
	}

}
