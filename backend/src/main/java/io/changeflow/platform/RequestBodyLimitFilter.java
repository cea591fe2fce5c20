package io.changeflow.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies above the limit with 413 before anything reads them.
 * Tomcat's own limits only cover forms and multipart, not JSON. Bodies without a length
 * (chunked) are refused once they have been read past the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final ProblemResponses problems;

	RequestBodyLimitFilter(@Value("${changeflow.api.max-body-size:16MB}") DataSize maxBodySize,
			ProblemResponses problems) {
		this.maxBytes = maxBodySize.toBytes();
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.maxBytes) {
			this.problems.send(response, HttpStatus.PAYLOAD_TOO_LARGE, "Request body too large",
					"The request body has %d bytes; the limit is %d".formatted(request.getContentLengthLong(),
							this.maxBytes));
			return;
		}
		// Without a length (chunked) the body is counted while it is read; ApiProblems
		// answers 413.
		chain.doFilter((request.getContentLengthLong() < 0) ? new LimitedBodyRequest(request, this.maxBytes) : request,
				response);
	}

}
