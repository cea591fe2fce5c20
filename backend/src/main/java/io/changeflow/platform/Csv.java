package io.changeflow.platform;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV downloads (RFC 4180): quoted where needed, and safe to open in a spreadsheet: a
 * text cell starting with {@code = + - @} (or a tab or carriage return) would run as a
 * formula, so it gets a leading apostrophe.
 */
public final class Csv {

	/** The most rows a download holds; a list longer than that is cut and says so. */
	public static final int MAX_ROWS = 50_000;

	/** The response header saying that the download stopped at {@link #MAX_ROWS}. */
	public static final String TRUNCATED = "X-Csv-Truncated";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

	private Csv() {
	}

	/**
	 * A download: the header row, then the rows, as an attachment named
	 * {@code <name>-<UTC time>.csv}.
	 * @param name what it holds, e.g. "changes"
	 * @param header the column names
	 * @param rows the rows
	 * @param truncated whether more rows matched than it holds
	 * @return the response
	 */
	public static ResponseEntity<String> download(String name, List<String> header, List<List<?>> rows,
			boolean truncated) {
		StringBuilder csv = new StringBuilder();
		appendRow(csv, header);
		rows.forEach((row) -> appendRow(csv, row));
		String fileName = name + "-" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.header(TRUNCATED, Boolean.toString(truncated))
			.body(csv.toString());
	}

	/**
	 * Appends one row (RFC 4180, CRLF), every cell as {@link #cell} makes it.
	 * @param csv where to
	 * @param cells the cells
	 */
	public static void appendRow(StringBuilder csv, List<?> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells.get(i)));
		}
		csv.append("\r\n");
	}

	/**
	 * One cell: empty for null, numbers as they are, text defused and quoted when it
	 * holds a comma, quote or line break.
	 */
	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number || value instanceof Boolean) {
			return value.toString();
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			text = '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
