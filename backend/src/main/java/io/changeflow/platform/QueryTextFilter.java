package io.changeflow.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API query parameters holding a NUL character ({@code ?q=%00}) with 400 naming
 * the parameter, before any controller passes the value to PostgreSQL, which rejects 0x00
 * in text. The JSON body gets the same check from {@link TextCheckingParser}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class QueryTextFilter extends OncePerRequestFilter {

	private final ProblemResponses problems;

	QueryTextFilter(ProblemResponses problems) {
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/") || request.getQueryString() == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (String pair : request.getQueryString().split("&")) {
			int equals = pair.indexOf('=');
			String name = decode((equals < 0) ? pair : pair.substring(0, equals));
			String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
			if (name == null || value == null) {
				this.problems.send(response, HttpStatus.BAD_REQUEST, "Malformed query string",
						"The query string has a malformed %-escape", List.of());
				return;
			}
			String problem = TextCheckingParser.problemIn(name + value);
			if (problem != null) {
				String parameter = (TextCheckingParser.problemIn(name) != null) ? "(parameter name)" : name;
				this.problems.send(response, HttpStatus.BAD_REQUEST, "Invalid request",
						"Query parameter '%s' %s".formatted(parameter, problem),
						List.of(new ApiProblems.FieldProblem(parameter, problem)));
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
