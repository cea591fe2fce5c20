package io.changeflow.emailapproval;

import io.changeflow.platform.ApiException;
import io.changeflow.security.ApiAuthorizations;
import io.changeflow.security.CsrfExemption;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The confirm page's API. No session needed: the signed token in the path is the
 * credential, which is also why these two paths, and only these, skip the CSRF check.
 */
@RestController
class EmailApprovalController {

	private static final String PATH = "/api/email-approvals/*";

	private static final int MAX_USER_AGENT = 500;

	private final EmailApprovalService approvals;

	EmailApprovalController(EmailApprovalService approvals) {
		this.approvals = approvals;
	}

	@Bean
	static ApiAuthorizations emailApprovalApi() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, PATH)
			.permitAll()
			.requestMatchers(HttpMethod.POST, PATH)
			.permitAll();
	}

	@Bean
	static CsrfExemption emailApprovalCsrfExemption() {
		return new CsrfExemption(HttpMethod.POST, PATH);
	}

	/**
	 * What the link decides; changes nothing, so mail scanners that follow links are
	 * harmless.
	 */
	@GetMapping("/api/email-approvals/{token}")
	ResponseEntity<EmailApprovalView> summary(@PathVariable String token) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.approvals.summary(token));
	}

	@PostMapping("/api/email-approvals/{token}")
	EmailApprovalResult decide(@PathVariable String token, @Valid @RequestBody EmailDecision decision,
			HttpServletRequest request) {
		String userAgent = request.getHeader("User-Agent");
		if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
			userAgent = userAgent.substring(0, MAX_USER_AGENT);
		}
		try {
			return this.approvals.decide(token, decision, request.getRemoteAddr(), userAgent);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new ApiException(HttpStatus.CONFLICT, "Task no longer open", "Someone else completed this task first",
					null);
		}
	}

}
