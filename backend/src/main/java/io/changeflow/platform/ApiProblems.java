package io.changeflow.platform;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every API error into RFC 9457 Problem Details. Validation problems list each
 * field at fault under {@code errors}, so a form can show the message next to the field.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class ApiProblems extends ResponseEntityExceptionHandler {

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldProblem(error.getField(), error.getDefaultMessage()))
			.toList();
		ProblemDetail problem = invalid("Invalid request", describe(errors), errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (request.getAttribute(LimitedBodyRequest.EXCEEDED, WebRequest.SCOPE_REQUEST) != null) {
			ProblemDetail tooLarge = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
					"The request body is longer than the configured limit");
			tooLarge.setTitle("Request body too large");
			return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge);
		}
		Throwable cause = ex.getMostSpecificCause();
		ProblemDetail problem;
		if (cause instanceof InvalidTextException text) {
			problem = invalid("Invalid value", "Field '%s': %s".formatted(text.field(), text.problem()),
					List.of(new FieldProblem(text.field(), text.problem())));
		}
		else if (cause instanceof UnrecognizedPropertyException unknown) {
			String field = path(unknown);
			problem = invalid("Unknown field", "Field '%s' is not part of this request".formatted(field),
					List.of(new FieldProblem(field, "unknown field")));
		}
		else if (mappingIn(ex) instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			String field = path(mapping);
			String message = switch (mapping) {
				case InvalidNullException nul -> "must not be null";
				case DateRangeModule.OutOfRange range -> range.getOriginalMessage();
				default -> "wrong type or format";
			};
			problem = invalid("Invalid value", "Field '%s': %s".formatted(field, message),
					List.of(new FieldProblem(field, message)));
		}
		else {
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					"The request body is missing or is not valid JSON");
			problem.setTitle("Malformed request body");
		}
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * A query parameter or path variable that does not convert, e.g. an unknown state.
	 */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex.getPropertyName();
		if (field == null) {
			return super.handleTypeMismatch(ex, headers, status, request);
		}
		List<FieldProblem> errors = List.of(new FieldProblem(field, "wrong type or format"));
		return ResponseEntity.badRequest().body(invalid("Invalid value", describe(errors), errors));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		List<FieldProblem> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new FieldProblem(lastNode(violation.getPropertyPath().toString()),
					violation.getMessage()))
			.toList();
		return invalid("Invalid request", describe(errors), errors);
	}

	@ExceptionHandler(ApiException.class)
	ProblemDetail apiException(ApiException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setTitle(ex.title());
		if (!ex.errors().isEmpty()) {
			problem.setProperty("errors", ex.errors());
		}
		return problem;
	}

	@ExceptionHandler(ResponseStatusException.class)
	ProblemDetail responseStatus(ResponseStatusException ex) {
		return ex.getBody();
	}

	/**
	 * The Jackson exception that knows the field: for a bad date it wraps the parser's
	 * exception, which is the most specific cause but names no field.
	 */
	private static JsonMappingException mappingIn(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JsonMappingException mapping) {
				return mapping;
			}
		}
		return null;
	}

	private static ProblemDetail invalid(String title, String detail, List<FieldProblem> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle(title);
		problem.setProperty("errors", errors);
		return problem;
	}

	private static String describe(List<FieldProblem> errors) {
		return errors.stream().map((error) -> error.field() + ": " + error.message()).collect(Collectors.joining("; "));
	}

	private static String path(JsonMappingException ex) {
		return ex.getPath()
			.stream()
			.map((ref) -> (ref.getFieldName() != null) ? ref.getFieldName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
	}

	private static String lastNode(String propertyPath) {
		int dot = propertyPath.lastIndexOf('.');
		return (dot < 0) ? propertyPath : propertyPath.substring(dot + 1);
	}

	/**
	 * One field at fault.
	 *
	 * @param field the JSON path of the field
	 * @param message what is wrong with it
	 */
	public record FieldProblem(String field, String message) {
	}

}
