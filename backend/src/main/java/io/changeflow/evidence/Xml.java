package io.changeflow.evidence;

/**
 * Text made safe for XML and HTML: markup characters escaped, characters XML cannot carry
 * dropped. Everything a person typed (titles, comments, reasons) passes through here
 * before it lands in an SVG or a report.
 */
final class Xml {

	private Xml() {
	}

	/**
	 * The text as element content or attribute value.
	 * @param text any text, or null
	 * @return the escaped text, empty for null
	 */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		text.codePoints().forEach((c) -> {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> {
					if (allowed(c)) {
						escaped.appendCodePoint(c);
					}
				}
			}
		});
		return escaped.toString();
	}

	/** The characters XML 1.0 allows. */
	private static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

}
