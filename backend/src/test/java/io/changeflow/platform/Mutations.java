package io.changeflow.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.changeflow.platform.WriteEndpoints.Endpoint;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Breaks a valid request so that no server may accept it: each kind of damage is one the
 * API must answer with a 4xx Problem Details and store nothing.
 */
final class Mutations {

	static final List<String> KINDS = List.of("nul", "lone surrogate", "huge number", "date out of range",
			"null in array", "wrong type", "trailing garbage", "deep nesting", "long string", "invalid UTF-8",
			"empty body", "wrong content type", "NUL in query", "NUL in path", "NUL in field name");

	/** For endpoints without a body only the path and the query can be broken. */
	static final List<String> BODYLESS_KINDS = List.of("NUL in query", "NUL in path", "NUL in query name");

	private static final String MARK = "\u0001MARK\u0001";

	private static final String QUOTED_MARK = "\"\\u0001MARK\\u0001\"";

	private static final ObjectMapper JSON = new ObjectMapper();

	private Mutations() {
	}

	/**
	 * One malformed request.
	 *
	 * @param kind the kind of damage
	 * @param path the path and query to send
	 * @param contentType the content type
	 * @param body the body bytes, or null
	 */
	record Malformed(String kind, String path, String contentType, byte[] body) {
	}

	static Malformed apply(String kind, Endpoint endpoint, Random random) {
		String json = "application/json";
		JsonNode body = (endpoint.body() != null) ? endpoint.body().deepCopy() : null;
		String path = endpoint.path();
		return switch (kind) {
			case "NUL in query" ->
				new Malformed(kind, path + (path.contains("?") ? "&" : "?") + "q=a%00b", json, bytes(body));
			case "NUL in query name" ->
				new Malformed(kind, path + (path.contains("?") ? "&" : "?") + "a%00b=1", json, bytes(body));
			case "NUL in path" -> new Malformed(kind, withNulInPath(path), json, bytes(body));
			case "empty body" -> new Malformed(kind, path, json, new byte[0]);
			case "wrong content type" -> new Malformed(kind, path, pick(random, List.of("text/plain", "application/xml",
					"application/x-www-form-urlencoded", "multipart/form-data; boundary=x")), bytes(body));
			case "trailing garbage" -> new Malformed(kind, path, json,
					(text(body) + pick(random, List.of(" xyz", "{}", "]", " \"x\"", " 1", ",{}")))
						.getBytes(StandardCharsets.UTF_8));
			case "NUL in field name" -> new Malformed(kind, path, json,
					text(body).replaceFirst("\\{", "{\"a\\\\u0000b\": 1, ").getBytes(StandardCharsets.UTF_8));
			case "invalid UTF-8" -> new Malformed(kind, path, json, invalidUtf8(body, random));
			default -> new Malformed(kind, path, json, damage(kind, body, random).getBytes(StandardCharsets.UTF_8));
		};
	}

	/** The body as JSON text, one field replaced by the damage. */
	private static String damage(String kind, JsonNode body, Random random) {
		ObjectNode target = (ObjectNode) (body.isArray() ? body.get(0) : body);
		List<String> strings = fields(target, (value) -> value.isTextual() && !isDate(value));
		List<String> dates = fields(target, Mutations::isDate);
		List<String> numbers = fields(target, JsonNode::isNumber);
		List<String> arrays = fields(target, JsonNode::isArray);
		List<String> any = fields(target, (value) -> true);
		String raw = switch (kind) {
			case "nul" -> "\"ab\\u0000cd\"";
			case "lone surrogate" -> pick(random, List.of("\"\\ud800\"", "\"x\\udfff\"", "\"\\udc00\\ud800\""));
			case "huge number" -> pick(random, List.of("1e999999", "-1e999999", "99999999999999999999999999999",
					"1.7976931348623157E309", "123456789012345678901234567890.5"));
			case "date out of range" -> pick(random, List.of("\"+999999999-12-31T23:59:59Z\"",
					"\"-999999999-01-01T00:00:00Z\"", "\"0000-01-01T00:00:00Z\"", "\"+10000-01-01T00:00:00Z\""));
			case "null in array" -> pick(random, List.of("[null]", "[null, null]"));
			case "wrong type" -> pick(random, List.of("{\"nested\": {\"x\": [1]}}", "[[1], {}]"));
			case "deep nesting" -> "[".repeat(5000) + "]".repeat(5000);
			case "long string" -> "\"" + "x".repeat(300_000) + "\"";
			default -> throw new IllegalArgumentException(kind);
		};
		List<String> candidates = switch (kind) {
			case "nul", "lone surrogate", "long string" -> strings;
			case "huge number" -> numbers.isEmpty() ? dates : numbers;
			case "date out of range" -> dates;
			case "null in array" -> arrays;
			default -> any;
		};
		if (candidates.isEmpty()) {
			// Nothing of that type in this body: the damage goes into a field no body
			// has.
			target.put("fuzzed", MARK);
		}
		else {
			target.put(pick(random, candidates), MARK);
		}
		return text(body).replace(QUOTED_MARK, raw);
	}

	private static byte[] invalidUtf8(JsonNode body, Random random) {
		ObjectNode target = (ObjectNode) (body.isArray() ? body.get(0) : body);
		List<String> strings = fields(target, JsonNode::isTextual);
		target.put(strings.isEmpty() ? "fuzzed" : pick(random, strings), MARK);
		String[] parts = text(body).split(Pattern.quote(QUOTED_MARK), 2);
		byte[] bad = pick(random, List.of(new byte[] { (byte) 0xC3, 0x28 }, new byte[] { (byte) 0xFF },
				new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, new byte[] { (byte) 0xC0, (byte) 0xAF }));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes((parts[0] + "\"a").getBytes(StandardCharsets.UTF_8));
		out.writeBytes(bad);
		out.writeBytes(("b\"" + parts[1]).getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/** A NUL after the id in the path, or in the query when the path has no id. */
	private static String withNulInPath(String path) {
		String broken = path.replaceFirst("(/[A-Z]+-[0-9.-]+|/[0-9a-f-]{36}|/not-a-token)", "$1%00");
		return broken.equals(path) ? path + (path.contains("?") ? "&" : "?") + "q=%00" : broken;
	}

	private static List<String> fields(ObjectNode node, Predicate<JsonNode> wanted) {
		List<String> names = new ArrayList<>();
		node.properties().forEach((field) -> {
			if (wanted.test(field.getValue())) {
				names.add(field.getKey());
			}
		});
		return names;
	}

	private static boolean isDate(JsonNode value) {
		return value.isTextual() && value.asText().matches("\\d{4}-\\d\\d-\\d\\dT.*");
	}

	private static <T> T pick(Random random, List<T> choices) {
		return choices.get(random.nextInt(choices.size()));
	}

	private static String text(JsonNode body) {
		try {
			return (body != null) ? JSON.writeValueAsString(body) : "";
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] bytes(JsonNode body) {
		return (body != null) ? text(body).getBytes(StandardCharsets.UTF_8) : null;
	}

}
