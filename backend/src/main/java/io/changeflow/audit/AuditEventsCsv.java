package io.changeflow.audit;

import io.changeflow.platform.Csv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * Audit events as CSV, one row per event, with the hashes so a spreadsheet copy can still
 * be checked against the chain. Cells are defused and quoted as every CSV of the app is
 * ({@link Csv}).
 */
public final class AuditEventsCsv {

	private static final List<String> HEADER = Arrays.asList("seq", "at", "actor", "actor_kind", "action",
			"subject_type", "subject_key", "cis", "before", "after", "correlation", "prev_hash", "hash");

	private AuditEventsCsv() {
	}

	/**
	 * Writes the header and one line per event.
	 * @param events the events
	 * @param out where to
	 */
	public static void write(List<AuditEventView> events, Writer out) {
		StringBuilder csv = new StringBuilder();
		Csv.appendRow(csv, HEADER);
		for (AuditEventView event : events) {
			Csv.appendRow(csv,
					Arrays.asList(event.seq(), event.at().toString(), event.actor(), event.actorKind(), event.action(),
							event.subjectType(), event.subjectKey(), String.join(" ", event.cis()),
							event.before().toString(), event.after().toString(), event.correlation().toString(),
							event.prevHash(), event.hash()));
		}
		try {
			out.write(csv.toString());
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
