package io.changeflow.platform;

import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * What no feature and no {@link ApiProblems} handler expected still becomes Problem
 * Details: a database outage 503 with {@code Retry-After}, a value the database refused
 * 400 or 409, anything else 500 without internals. Runs last, after every other advice.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FallbackProblems {

	private static final Logger log = LoggerFactory.getLogger(FallbackProblems.class);

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			// Spring Security's filters answer these (401 or 403), as Problem Details.
			throw ex;
		}
		if (DatabaseUnavailable.causes(ex)) {
			log.warn("Database unavailable: {}", ex.toString());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
				.body(DatabaseUnavailable.problem());
		}
		if (ex instanceof DataIntegrityViolationException refused) {
			log.warn("The database refused a value: {}", refused.getMostSpecificCause().getMessage());
			return ResponseEntity.status(refusedStatus(refused)).body(refused(refusedStatus(refused)));
		}
		log.error("Unexpected error", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Nothing was changed.");
		problem.setTitle("Internal error");
		return ResponseEntity.internalServerError().body(problem);
	}

	/**
	 * A unique or foreign key the request collided with is a conflict with the stored
	 * state; a value the database cannot hold (too long, not null, a check) is bad input
	 * that validation missed.
	 */
	private static HttpStatus refusedStatus(DataIntegrityViolationException ex) {
		String state = (ex.getMostSpecificCause() instanceof SQLException sql) ? sql.getSQLState() : null;
		return (state != null && List.of("23505", "23503", "23P01").contains(state)) ? HttpStatus.CONFLICT
				: HttpStatus.BAD_REQUEST;
	}

	private static ProblemDetail refused(HttpStatus status) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, (status == HttpStatus.CONFLICT)
				? "The request conflicts with what is stored" : "A value is too long or not allowed");
		problem.setTitle((status == HttpStatus.CONFLICT) ? "Conflict" : "Invalid value");
		return problem;
	}

}
