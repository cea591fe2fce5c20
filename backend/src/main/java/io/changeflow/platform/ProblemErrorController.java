package io.changeflow.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The servlet container's error page: what fails outside Spring MVC's exception handling
 * (a filter, the container itself) also answers Problem Details, never Spring's default
 * error body or a stack trace. Replaces Spring Boot's {@code BasicErrorController}.
 */
@Controller
class ProblemErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

	private final ErrorAttributes errorAttributes;

	private final ProblemResponses problems;

	ProblemErrorController(ErrorAttributes errorAttributes, ProblemResponses problems) {
		this.errorAttributes = errorAttributes;
		this.problems = problems;
	}

	@RequestMapping("${server.error.path:/error}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Throwable failure = this.errorAttributes.getError(new ServletWebRequest(request));
		if (failure == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown) {
			failure = thrown;
		}
		if (failure != null && DatabaseUnavailable.causes(failure)) {
			log.warn("Database unavailable: {}", failure.toString());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
			this.problems.send(response, DatabaseUnavailable.problem());
			return;
		}
		HttpStatus status = status(request);
		if (status.is5xxServerError() && failure != null) {
			log.error("Unexpected error on {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				status.is5xxServerError() ? "Something went wrong on our side. Nothing was changed."
						: "The request could not be handled: " + status.getReasonPhrase());
		problem.setTitle(status.getReasonPhrase());
		this.problems.send(response, problem);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
