package io.changeflow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way an audit row becomes the text its hash covers: keys sorted, no whitespace,
 * numbers and strings as PostgreSQL's jsonb gives them back. Appending and verifying both
 * go through {@link #normalize} and {@link #write}, so a row read back from the database
 * hashes exactly as it did when it was written.
 */
final class CanonicalJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private CanonicalJson() {
	}

	/**
	 * Values as they will read back from jsonb: through their JSON text once, so that for
	 * example 1.50 and 1.5 are the same number on both sides.
	 */
	static JsonNode normalize(Object value) {
		try {
			return MAPPER.readTree(MAPPER.writeValueAsString(value));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Audit values must be plain JSON", ex);
		}
	}

	static JsonNode parse(String json) {
		try {
			return (json != null) ? MAPPER.readTree(json) : JsonNodeFactory.instance.objectNode();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored audit JSON is unreadable", ex);
		}
	}

	static String write(JsonNode node) {
		try {
			return MAPPER.writeValueAsString(sorted(node));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode sorted(JsonNode node) {
		if (node.isObject()) {
			ObjectNode copy = JsonNodeFactory.instance.objectNode();
			List<String> names = new ArrayList<>();
			node.fieldNames().forEachRemaining(names::add);
			names.stream().sorted().forEach((name) -> copy.set(name, sorted(node.get(name))));
			return copy;
		}
		if (node.isArray()) {
			ArrayNode copy = JsonNodeFactory.instance.arrayNode();
			node.forEach((element) -> copy.add(sorted(element)));
			return copy;
		}
		return node;
	}

}
