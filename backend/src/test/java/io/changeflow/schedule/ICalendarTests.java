package io.changeflow.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ICalendarTests {

	private static final OffsetDateTime START = OffsetDateTime.parse("2026-12-08T22:00:00+01:00");

	@Test
	void textValuesAreEscaped() {
		assertThat(ICalendar.escape("a,b;c\\d\ne\r\nf")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf");
	}

	@Test
	void longLinesFoldAt75OctetsWithoutSplittingACharacter() {
		StringBuilder out = new StringBuilder();
		String content = "DESCRIPTION:" + "ä".repeat(100);
		ICalendar.line(out, content);

		String[] lines = out.toString().split("\r\n");
		assertThat(out.toString()).endsWith("\r\n");
		assertThat(lines).hasSizeGreaterThan(2);
		for (int i = 0; i < lines.length; i++) {
			assertThat(lines[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			if (i > 0) {
				assertThat(lines[i]).startsWith(" ");
			}
		}
		// Unfolding (dropping CRLF + space) gives the line back.
		assertThat(out.toString().replace("\r\n ", "").replace("\r\n", "")).isEqualTo(content);
		StringBuilder shortLine = new StringBuilder();
		ICalendar.line(shortLine, "X".repeat(75));
		assertThat(shortLine.toString()).isEqualTo("X".repeat(75) + "\r\n");
	}

	@Test
	void aChangeBecomesAnEventInUtc() {
		CalendarEntry change = new CalendarEntry(CalendarEntryKind.CHANGE, "CHG-000042", "Upgrade, then; test", START,
				START.plusHours(2), "READY_FOR_RELEASE", "NORMAL", List.of("CI-00003"), List.of("commerce"), List.of(),
				null, null, null, List.of(new Conflict(ConflictKind.BLACKOUT,
						"The blackout 'Freeze' freezes all changes.", null, null, "Freeze", null)));

		String ics = ICalendar.write("Changeflow: requester", List.of(change), Instant.parse("2026-11-30T03:00:00Z"));

		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
			.contains("BEGIN:VEVENT\r\nUID:CHG-000042@changeflow\r\nDTSTAMP:20261130T030000Z\r\n")
			.contains("DTSTART:20261208T210000Z\r\nDTEND:20261208T230000Z\r\n")
			.contains("SUMMARY:CONFLICT CHG-000042: Upgrade\\, then\\; test\r\n")
			.contains("DESCRIPTION:State: READY_FOR_RELEASE\\nClass: NORMAL\\nItems: CI-00003")
			.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
	}

	static String utc(OffsetDateTime time) {
		return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(time.withOffsetSameInstant(ZoneOffset.UTC));
	}

}
