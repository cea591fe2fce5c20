package io.changeflow.whatchanged;

import io.changeflow.platform.ApiException;
import io.changeflow.platform.Csv;
import io.changeflow.security.ApiAuthorizations;
import io.changeflow.security.Role;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "What changed?" for auditors and change managers: every change and release implemented,
 * backed out or failed between two days (UTC, both included), at most a year.
 */
@RestController
class WhatChangedController {

	static final long MAX_DAYS = 366;

	private final WhatChangedReport report;

	WhatChangedController(WhatChangedReport report) {
		this.report = report;
	}

	@Bean
	static ApiAuthorizations whatChangedApi() {
		return (rules) -> rules
			.requestMatchers(HttpMethod.GET, "/api/reports/what-changed", "/api/reports/what-changed.csv")
			.hasAnyRole(Role.AUDITOR.name(), Role.CHANGE_MANAGER.name(), Role.ADMIN.name());
	}

	/**
	 * The report for the days from {@code from} to {@code to} (ISO dates, both included).
	 */
	@GetMapping("/api/reports/what-changed")
	WhatChanged whatChanged(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		LocalDate first = day("from", from);
		LocalDate last = day("to", to);
		check(first, last);
		return this.report.between(first, last);
	}

	/** The same as CSV: one row per change, then one per release. */
	@GetMapping("/api/reports/what-changed.csv")
	ResponseEntity<String> whatChangedCsv(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		WhatChanged report = whatChanged(from, to);
		List<List<?>> rows = new ArrayList<>();
		for (WhatChanged.ChangeEntry change : report.changes()) {
			rows.add(Arrays.asList("change", change.key(), change.title(), change.changeClass(), change.outcome(),
					change.outcomeDetail(), change.implementedAt(), cis(change.cis()), approvals(change.approvals()),
					String.join(" ", change.releases())));
		}
		for (WhatChanged.ReleaseEntry release : report.releases()) {
			rows.add(Arrays.asList("release", release.key(), release.name(), null, release.outcome(),
					release.outcomeDetail(), release.endedAt(), cis(release.cis()), approvals(release.approvals()),
					String.join(" ", release.changes())));
		}
		return Csv.download(
				"what-changed-" + report.from() + "-to-" + report.to(), List.of("type", "key", "title", "class",
						"outcome", "why", "implemented at", "configuration items", "approvals", "releases or changes"),
				rows, false);
	}

	private static String cis(List<WhatChanged.Ci> cis) {
		return cis.stream()
			.map((ci) -> (ci.name() != null) ? ci.key() + " " + ci.name() : ci.key())
			.collect(Collectors.joining("; "));
	}

	private static String approvals(List<WhatChanged.Approval> approvals) {
		return approvals.stream()
			.map((approval) -> "%s (%s) %s at %s".formatted(approval.approver(), approval.role(), approval.decision(),
					approval.at()))
			.collect(Collectors.joining("; "));
	}

	private static LocalDate day(String field, String value) {
		if (value == null || value.isBlank()) {
			throw ApiException.invalid(field, "is required: a date such as 2026-11-01");
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw ApiException.invalid(field, "must be a date such as 2026-11-01");
		}
	}

	private static void check(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw ApiException.invalid("to", "must not be before from");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw ApiException.invalid("to", "the period can be at most a year");
		}
	}

}
