package io.changeflow.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Refuses a NUL character (PostgreSQL rejects 0x00 in text) and a lone UTF-16 surrogate
 * ({@code "\ud800"} is valid JSON but no character; PostgreSQL would store it as
 * {@code ?}) in any string value or field name, naming where it was.
 */
final class TextCheckingParser extends JsonParserDelegate {

	TextCheckingParser(JsonParser delegate) {
		super(delegate);
	}

	@Override
	public JsonToken nextToken() throws IOException {
		return check(super.nextToken());
	}

	@Override
	public JsonToken nextValue() throws IOException {
		return check(super.nextValue());
	}

	private JsonToken check(JsonToken token) throws IOException {
		if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
			String problem = problemIn(getText());
			if (problem != null) {
				throw new InvalidTextException(this, path(getParsingContext(), token), problem);
			}
		}
		return token;
	}

	/**
	 * What is wrong with the text, or null when nothing is.
	 * @param text the text to check
	 * @return a message for a person
	 */
	static String problemIn(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\u0000') {
				return "contains a NUL character";
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return "contains a lone UTF-16 surrogate, which is no character";
			}
		}
		return null;
	}

	/**
	 * The field path the API names in its errors, e.g. {@code attachments[0].name}. For a
	 * bad field name, the path of the object holding it.
	 */
	private static String path(JsonStreamContext context, JsonToken token) {
		Deque<String> segments = new ArrayDeque<>();
		JsonStreamContext at = (token == JsonToken.FIELD_NAME) ? context.getParent() : context;
		for (; at != null && !at.inRoot(); at = at.getParent()) {
			if (at.inArray()) {
				segments.addFirst("[" + Math.max(at.getCurrentIndex(), 0) + "]");
			}
			else if (at.getCurrentName() != null) {
				segments.addFirst("." + at.getCurrentName());
			}
		}
		String path = String.join("", segments);
		path = path.startsWith(".") ? path.substring(1) : path;
		return path.isEmpty() ? "(body)" : path;
	}

}
