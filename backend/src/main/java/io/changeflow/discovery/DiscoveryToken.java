package io.changeflow.discovery;

import io.changeflow.platform.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks {@code Authorization: Bearer <changeflow.discovery.token>} before the request
 * body is read. Without a configured token the endpoint answers 503 rather than taking
 * observations from anyone.
 */
@Component
class DiscoveryToken implements HandlerInterceptor {

	private static final String BEARER = "Bearer ";

	private final byte[] token;

	DiscoveryToken(@Value("${changeflow.discovery.token:}") String token) {
		this.token = (token != null && !token.isBlank()) ? token.getBytes(StandardCharsets.UTF_8) : null;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (this.token == null) {
			throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Discovery token not configured",
					"discovery token not configured: set CHANGEFLOW_DISCOVERY_TOKEN", null);
		}
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		boolean valid = authorization != null && authorization.startsWith(BEARER) && MessageDigest.isEqual(this.token,
				authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8));
		if (!valid) {
			throw new ApiException(HttpStatus.UNAUTHORIZED, "Unauthorized",
					"Send the discovery token as 'Authorization: Bearer <token>'", null);
		}
		return true;
	}

}
