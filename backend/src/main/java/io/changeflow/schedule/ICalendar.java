package io.changeflow.schedule;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes calendar entries as an RFC 5545 iCalendar document by hand: CRLF line ends,
 * lines folded at 75 octets (never inside a UTF-8 character), TEXT values escaped, times
 * in UTC.
 */
final class ICalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int LINE_OCTETS = 75;

	private ICalendar() {
	}

	/**
	 * The document.
	 * @param name the calendar's name, e.g. "Changeflow: team commerce"
	 * @param entries the entries
	 * @param now the time stamp of every event
	 * @return the iCalendar text
	 */
	static String write(String name, List<CalendarEntry> entries, Instant now) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Changeflow//Change calendar//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + escape(name));
		for (CalendarEntry entry : entries) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + uid(entry));
			line(out, "DTSTAMP:" + UTC.format(now));
			line(out, "DTSTART:" + utc(entry.start()));
			line(out, "DTEND:" + utc(entry.end()));
			line(out, "SUMMARY:" + escape(summary(entry)));
			line(out, "DESCRIPTION:" + escape(description(entry)));
			line(out, "CATEGORIES:" + entry.kind().name());
			if (entry.kind() == CalendarEntryKind.BLACKOUT) {
				line(out, "TRANSP:OPAQUE");
			}
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** The same change, release or window keeps its UID, so calendar apps update it. */
	private static String uid(CalendarEntry entry) {
		return switch (entry.kind()) {
			case CHANGE, RELEASE, BLACKOUT -> entry.id() + "@changeflow";
			case MAINTENANCE -> entry.id() + "-" + entry.start().toEpochSecond() + "@changeflow";
		};
	}

	private static String summary(CalendarEntry entry) {
		return switch (entry.kind()) {
			case CHANGE -> ((entry.conflicts().isEmpty()) ? "" : "CONFLICT ") + entry.id() + ": " + entry.title();
			case RELEASE -> entry.id() + ": " + entry.title();
			case BLACKOUT -> "Blackout: " + entry.title();
			case MAINTENANCE -> "Maintenance window: " + entry.title();
		};
	}

	private static String description(CalendarEntry entry) {
		StringBuilder text = new StringBuilder();
		if (entry.state() != null) {
			text.append("State: ").append(entry.state()).append('\n');
		}
		if (entry.changeClass() != null) {
			text.append("Class: ").append(entry.changeClass()).append('\n');
		}
		if (!entry.cis().isEmpty()) {
			text.append("Items: ").append(String.join(", ", entry.cis())).append('\n');
		}
		if (!entry.teams().isEmpty()) {
			text.append("Teams: ").append(String.join(", ", entry.teams())).append('\n');
		}
		if (!entry.changeKeys().isEmpty()) {
			text.append("Changes: ").append(String.join(", ", entry.changeKeys())).append('\n');
		}
		if (entry.scope() != null) {
			text.append("Scope: ")
				.append((entry.scopeName() != null) ? entry.scopeName() + " (" + entry.scope() + ")" : entry.scope())
				.append('\n');
		}
		else if (entry.kind() == CalendarEntryKind.BLACKOUT || entry.kind() == CalendarEntryKind.MAINTENANCE) {
			text.append("Scope: everything\n");
		}
		if (entry.reason() != null) {
			text.append(entry.reason()).append('\n');
		}
		entry.conflicts().forEach((conflict) -> text.append("Conflict: ").append(conflict.message()).append('\n'));
		return text.toString().strip();
	}

	private static String utc(OffsetDateTime time) {
		return UTC.format(time.toInstant());
	}

	/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
	static String escape(String text) {
		return text.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\n")
			.replace("\r", "\n")
			.replace("\n", "\\n");
	}

	/**
	 * Appends a content line, folded so that no line is longer than 75 octets: each
	 * continuation starts with a space.
	 */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > LINE_OCTETS) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
