package io.changeflow.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes Problem Details from places Spring MVC's exception handling does not reach:
 * servlet filters, the security filter chain and the error page.
 */
@Component
public class ProblemResponses {

	private final ObjectMapper objectMapper;

	ProblemResponses(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	/**
	 * Sends a Problem Details response.
	 * @param response the response to write
	 * @param status the HTTP status
	 * @param title a short summary
	 * @param detail what happened, for a person
	 * @throws IOException when the response cannot be written
	 */
	public void send(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
		send(response, status, title, detail, List.of());
	}

	/**
	 * Sends a Problem Details response naming the fields at fault.
	 * @param response the response to write
	 * @param status the HTTP status
	 * @param title a short summary
	 * @param detail what happened, for a person
	 * @param errors the fields at fault, listed under {@code errors} unless empty
	 * @throws IOException when the response cannot be written
	 */
	public void send(HttpServletResponse response, HttpStatus status, String title, String detail,
			List<ApiProblems.FieldProblem> errors) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		send(response, problem);
	}

	/**
	 * Sends a Problem Details response as it is.
	 * @param response the response to write
	 * @param problem the problem, its status included
	 * @throws IOException when the response cannot be written
	 */
	public void send(HttpServletResponse response, ProblemDetail problem) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.objectMapper.writeValue(response.getOutputStream(), problem);
	}

}
