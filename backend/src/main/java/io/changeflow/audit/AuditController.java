package io.changeflow.audit;

import io.changeflow.platform.KeysetPage;
import io.changeflow.security.ApiAuthorizations;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for auditors (and admins): search, export, verify. Only an admin takes an
 * on-demand checkpoint; nobody can change a row.
 */
@RestController
@Validated
class AuditController {

	/** The most rows one CSV export holds; narrow the search for more. */
	static final int EXPORT_LIMIT = 100_000;

	private final AuditRecords records;

	private final AuditVerifier verifier;

	private final AuditCheckpoints checkpoints;

	AuditController(AuditRecords records, AuditVerifier verifier, AuditCheckpoints checkpoints) {
		this.records = records;
		this.verifier = verifier;
		this.checkpoints = checkpoints;
	}

	@Bean
	static ApiAuthorizations auditApi() {
		return (rules) -> rules
			.requestMatchers(HttpMethod.GET, "/api/audit/events", "/api/audit/events.csv", "/api/audit/verify",
					"/api/audit/checkpoints")
			.hasAnyRole("AUDITOR", "ADMIN")
			.requestMatchers(HttpMethod.POST, "/api/audit/checkpoints")
			.hasRole("ADMIN");
	}

	/**
	 * Events newest first; every filter is optional. Pass the returned {@code next} as
	 * {@code after} for the next page.
	 */
	@GetMapping("/api/audit/events")
	KeysetPage<AuditEventView> events(@RequestParam(required = false) @Size(max = 200) String subject,
			@RequestParam(required = false) @Size(max = 200) String ci,
			@RequestParam(required = false) @Size(max = 200) String actor,
			@RequestParam(required = false) @Size(max = 80) String action, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(defaultValue = "") @Size(max = 20) String after,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
		return this.records.search(search(subject, ci, actor, action, from, to), after, limit);
	}

	/** The same search as CSV, newest first, at most 100,000 rows. */
	@GetMapping("/api/audit/events.csv")
	void eventsCsv(@RequestParam(required = false) @Size(max = 200) String subject,
			@RequestParam(required = false) @Size(max = 200) String ci,
			@RequestParam(required = false) @Size(max = 200) String actor,
			@RequestParam(required = false) @Size(max = 80) String action, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, HttpServletResponse response) throws IOException {
		List<AuditEventView> events = this.records.all(search(subject, ci, actor, action, from, to), EXPORT_LIMIT);
		response.setContentType("text/csv");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"audit-events.csv\"");
		AuditEventsCsv.write(events, response.getWriter());
	}

	/**
	 * Walks the chain from the newest checkpoint (or, with {@code full}, from the first
	 * row) and names the first broken link.
	 */
	@GetMapping("/api/audit/verify")
	AuditVerification verify(@RequestParam(defaultValue = "false") boolean full) {
		return this.verifier.verify(full);
	}

	/** The newest checkpoints first (at most 100). */
	@GetMapping("/api/audit/checkpoints")
	List<AuditCheckpoint> checkpoints() {
		return this.checkpoints.list();
	}

	/** Verifies the chain up to its head and records the head as a checkpoint. */
	@PostMapping("/api/audit/checkpoints")
	@ResponseStatus(HttpStatus.CREATED)
	AuditCheckpoint takeCheckpoint(Authentication user) {
		return this.checkpoints.take("ON_DEMAND", user.getName());
	}

	private static AuditSearch search(@Nullable String subject, @Nullable String ci, @Nullable String actor,
			@Nullable String action, @Nullable Instant from, @Nullable Instant to) {
		return new AuditSearch(blankToNull(subject), blankToNull(ci), blankToNull(actor), blankToNull(action), from,
				to);
	}

	private static String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
