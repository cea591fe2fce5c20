package io.changeflow.change;

import io.changeflow.platform.ApiException;
import io.changeflow.platform.Csv;
import io.changeflow.platform.KeysetPage;
import io.changeflow.security.ApiAuthorizations;
import io.changeflow.security.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requests for change: requesters and change managers draft and submit them, everyone
 * signed in reads them. Who may touch which change is the service's business.
 */
@RestController
@Validated
class ChangeController {

	private final ChangeCommands commands;

	private final ChangeQueries changes;

	ChangeController(ChangeCommands commands, ChangeQueries changes) {
		this.commands = commands;
		this.changes = changes;
	}

	@Bean
	static ApiAuthorizations changeApi() {
		String[] writers = { Role.REQUESTER.name(), Role.CHANGE_MANAGER.name() };
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/changes", "/api/changes/*")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/changes", "/api/changes/*/submit", "/api/changes/*/withdraw")
			.hasAnyRole(writers)
			.requestMatchers(HttpMethod.PUT, "/api/changes/*")
			.hasAnyRole(writers);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/changes")
	ResponseEntity<ChangeView> create(@Valid @RequestBody ChangeRequestBody body, Authentication authentication) {
		ChangeView created = this.commands.create(body, authentication.getName());
		return ResponseEntity.created(URI.create("/api/changes/" + created.key())).body(created);
	}

	/**
	 * Replaces everything the requester wrote; only while it is a draft or waits for
	 * information.
	 */
	@PutMapping("/api/changes/{key}")
	ChangeView update(@PathVariable String key, @Valid @RequestBody ChangeRequestBody body,
			Authentication authentication) {
		return this.commands.update(key, body, authentication.getName());
	}

	@PostMapping("/api/changes/{key}/submit")
	ChangeView submit(@PathVariable String key, Authentication authentication) {
		return this.commands.submit(key, authentication.getName());
	}

	@PostMapping("/api/changes/{key}/withdraw")
	ChangeView withdraw(@PathVariable String key, @Valid @RequestBody WithdrawBody body,
			Authentication authentication) {
		return this.commands.withdraw(key, body.reason(), authentication.getName(),
				hasRole(authentication, Role.CHANGE_MANAGER));
	}

	/**
	 * Changes, newest submitted first unless {@code sort} says otherwise; pass the
	 * returned {@code next} as {@code after} for the next page (a cursor belongs to its
	 * sort). Without {@code date}, {@code from} and {@code to} select the changes whose
	 * planned window overlaps them; with it, the changes whose date falls in
	 * [{@code from}, {@code to}). {@code ci} keeps the changes that name that
	 * configuration item among their affected CIs (the CI page lists them).
	 */
	@GetMapping("/api/changes")
	KeysetPage<ChangeSummary> list(@RequestParam(name = "state", required = false) List<ChangeState> states,
			@RequestParam(required = false) ChangeClass changeClass,
			@RequestParam(required = false) @Pattern(regexp = "P[1-5]") String priority,
			@RequestParam(required = false) @Size(max = 100) String requester,
			@RequestParam(required = false) @Size(max = 200) String q, @RequestParam(required = false) ChangeDate date,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(required = false) @Size(max = 20) String ci,
			@RequestParam(defaultValue = "SUBMITTED") ChangeSort sort,
			@RequestParam(defaultValue = "") @Size(max = 200) String after,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		return this.changes.list(filter(states, changeClass, priority, requester, q, date, from, to, ci), sort, after,
				limit);
	}

	/**
	 * The change list as CSV: the same filters and order, every page, at most 50,000 rows
	 * ({@code X-Csv-Truncated: true} when more matched).
	 */
	@GetMapping("/api/changes/export.csv")
	ResponseEntity<String> export(@RequestParam(name = "state", required = false) List<ChangeState> states,
			@RequestParam(required = false) ChangeClass changeClass,
			@RequestParam(required = false) @Pattern(regexp = "P[1-5]") String priority,
			@RequestParam(required = false) @Size(max = 100) String requester,
			@RequestParam(required = false) @Size(max = 200) String q, @RequestParam(required = false) ChangeDate date,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(required = false) @Size(max = 20) String ci,
			@RequestParam(defaultValue = "SUBMITTED") ChangeSort sort) {
		List<ChangeSummary> rows = this.changes
			.export(filter(states, changeClass, priority, requester, q, date, from, to, ci), sort);
		boolean truncated = rows.size() > Csv.MAX_ROWS;
		return Csv.download("changes",
				List.of("key", "title", "state", "class", "risk", "priority", "requester", "submitted at",
						"planned start", "planned end", "time zone", "implemented at", "current step"),
				rows.stream().limit(Csv.MAX_ROWS).<List<?>>map(ChangeController::csvRow).toList(), truncated);
	}

	private static List<?> csvRow(ChangeSummary change) {
		return java.util.Arrays.asList(change.key(), change.title(), change.state(), change.changeClass(),
				change.risk(), change.priority(), change.requester(), change.submittedAt(), change.plannedStart(),
				change.plannedEnd(), change.timeZone(), change.implementedAt(), change.currentStepName());
	}

	private static ChangeFilter filter(List<ChangeState> states, ChangeClass changeClass, String priority,
			String requester, String q, ChangeDate date, OffsetDateTime from, OffsetDateTime to, String ci) {
		if (from != null && to != null && to.isBefore(from)) {
			throw ApiException.invalid("to", "must not be before from");
		}
		return new ChangeFilter(states, changeClass, priority, requester, q, date, from, to, ci);
	}

	@GetMapping("/api/changes/{key}")
	ChangeView get(@PathVariable String key) {
		return this.changes.get(key);
	}

	/** Two people changed the same change at once; the later one tries again. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The change was changed by someone else at the same time; reload it and try again");
		problem.setTitle("Concurrent change");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	static boolean hasRole(Authentication authentication, Role role) {
		String authority = "ROLE_" + role.name();
		return authentication.getAuthorities().stream().anyMatch((granted) -> authority.equals(granted.getAuthority()));
	}

	/**
	 * Why the requester or a change manager withdraws an RFC.
	 *
	 * @param reason the reason, kept as the close reason
	 */
	record WithdrawBody(@NotBlank(message = "{change.withdraw.reason.blank}") @Size(max = 2000,
			message = "{change.withdraw.reason.size}") @PlainText(
					message = "{change.withdraw.reason.html}") String reason) {
	}

}
