package io.changeflow.platform;

import org.springframework.http.HttpStatus;

/**
 * A business rule said no. Services throw it; the API answers with Problem Details
 * carrying the status, title, message and, when one field is at fault, that field.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String title;

	private final String field;

	public ApiException(HttpStatus status, String title, String message, String field) {
		super(message);
		this.status = status;
		this.title = title;
		this.field = field;
	}

	public static ApiException notFound(String what, String id) {
		return new ApiException(HttpStatus.NOT_FOUND, what + " not found", "No " + what + " '" + id + "'", null);
	}

	public static ApiException invalid(String field, String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, "Invalid request", message, field);
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

}
