package io.changeflow.platform;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A business rule said no. Services throw it; the API answers with Problem Details
 * carrying the status, title, message and, when one field is at fault, that field.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	private final String field;

	private final List<ApiProblems.FieldProblem> errors;

	public ApiException(HttpStatus status, String title, String message, String field) {
		super(message);
		this.status = status;
		this.title = title;
		this.field = field;
		this.errors = (field != null) ? List.of(new ApiProblems.FieldProblem(field, message)) : List.of();
	}

	private ApiException(String message, List<ApiProblems.FieldProblem> errors) {
		super(message);
		this.status = HttpStatus.BAD_REQUEST;
		this.title = "Invalid request";
		this.field = null;
		this.errors = List.copyOf(errors);
	}

	public static ApiException notFound(String what, String id) {
		return new ApiException(HttpStatus.NOT_FOUND, what + " not found", "No " + what + " '" + id + "'", null);
	}

	public static ApiException invalid(String field, String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, "Invalid request", message, field);
	}

	/**
	 * Many fields at fault at once, such as the bad rows of an import.
	 * @param message what went wrong as a whole
	 * @param errors each field at fault, e.g. {@code rows[3].type}
	 * @return a 400
	 */
	public static ApiException invalid(String message, List<ApiProblems.FieldProblem> errors) {
		return new ApiException(message, errors);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String title() {
		return this.title;
	}

	public String field() {
		return this.field;
	}

	/** The fields at fault, empty when the request as a whole is. */
	public List<ApiProblems.FieldProblem> errors() {
		return this.errors;
	}

}
