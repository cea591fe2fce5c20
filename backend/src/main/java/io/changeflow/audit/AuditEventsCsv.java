package io.changeflow.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Audit events as CSV (RFC 4180), one row per event, with the hashes so a spreadsheet
 * copy can still be checked against the chain. Cells a spreadsheet would run as a formula
 * are quoted with a leading apostrophe.
 */
public final class AuditEventsCsv {

	private static final String HEADER = "seq,at,actor,actor_kind,action,subject_type,subject_key,cis,before,after,correlation,prev_hash,hash";

	private AuditEventsCsv() {
	}

	/**
	 * Writes the header and one line per event.
	 * @param events the events
	 * @param out where to
	 */
	public static void write(List<AuditEventView> events, Writer out) {
		try {
			out.write(HEADER);
			out.write("\r\n");
			for (AuditEventView event : events) {
				out.write(String.join(",", Long.toString(event.seq()), event.at().toString(), cell(event.actor()),
						event.actorKind(), cell(event.action()), event.subjectType(), cell(event.subjectKey()),
						cell(String.join(" ", event.cis())), cell(event.before().toString()),
						cell(event.after().toString()), cell(event.correlation().toString()), event.prevHash(),
						event.hash()));
				out.write("\r\n");
			}
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One CSV cell: quoted when it holds a separator, quote or line break; a leading =,
	 * +, -, @, tab or carriage return gets an apostrophe so spreadsheets show it as text.
	 * @param value the text
	 * @return the cell
	 */
	public static String cell(String value) {
		if (value == null) {
			return "";
		}
		String text = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
