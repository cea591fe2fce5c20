package io.changeflow.platform;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParseException;

/**
 * A JSON string the API cannot accept, with the path of the field that held it.
 */
final class InvalidTextException extends JsonParseException {

	private static final long serialVersionUID = 1L;

	private final String field;

	private final String problem;

	InvalidTextException(JsonParser parser, String field, String problem) {
		super(parser, "Field '" + field + "' " + problem);
		this.field = field;
		this.problem = problem;
	}

	String field() {
		return this.field;
	}

	String problem() {
		return this.problem;
	}

}
