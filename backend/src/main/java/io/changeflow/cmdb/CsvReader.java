package io.changeflow.cmdb;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it (and spreadsheets export it): fields in double quotes
 * may hold commas, line breaks and doubled quotes. Blank lines are skipped.
 */
final class CsvReader {

	private CsvReader() {
	}

	static List<List<String>> read(String text) {
		List<List<String>> lines = new ArrayList<>();
		List<String> line = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				line.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
					i++;
				}
				end(lines, line, field);
				line = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		end(lines, line, field);
		return lines;
	}

	private static void end(List<List<String>> lines, List<String> line, StringBuilder field) {
		line.add(field.toString());
		field.setLength(0);
		if (!(line.size() == 1 && line.get(0).isBlank())) {
			lines.add(line);
		}
	}

}
