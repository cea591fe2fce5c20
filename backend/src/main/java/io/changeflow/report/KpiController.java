package io.changeflow.report;

import io.changeflow.security.ApiAuthorizations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * KPIs for change managers and auditors (admins look on); read-only.
 */
@RestController
class KpiController {

	private static final Clock CLOCK = Clock.systemUTC();

	private static final String FROM = "The first month (YYYY-MM), included; defaults to eleven months before to";

	private static final String TO = "The last month (YYYY-MM), included; defaults to this month (UTC). At most 36 months "
			+ "from from";

	private static final String DESCRIPTION = """
			Per calendar month (UTC) and over the whole range: change success rate, changes by class, \
			emergency share, backout rate, lead time from submission to implementation (p50/p90), CAB \
			approval time (p50/p90) and the DORA four. Deployment frequency counts releases whose rollout \
			ended (every wave deployed, or backed out); change failure rate is the share of those that were \
			backed out or for which an incident was recorded on the release or its changes after the \
			rollout started. Time to restore runs from the start of a release's back-out to the earlier of \
			the back-out finishing and the next release that finished rolling out to one of the same \
			configuration items. Each figure's schema description defines it. 400 naming from or to for a \
			malformed month, from after to, or more than 36 months.""";

	private final KpiQueries queries;

	KpiController(KpiQueries queries) {
		this.queries = queries;
	}

	@Bean
	static ApiAuthorizations reportApi() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/reports/kpis", "/api/reports/kpis.csv")
			.hasAnyRole("CHANGE_MANAGER", "AUDITOR", "ADMIN");
	}

	/**
	 * Change KPIs and the DORA four per calendar month (UTC) and over the range.
	 * {@code from} and {@code to} are months ({@code YYYY-MM}), both included, at most 36
	 * months; without them, the last twelve months up to this one. Time to restore runs
	 * from the start of a release's back-out to the earlier of the back-out finishing and
	 * the next release that finished rolling out to one of the same configuration items.
	 * @param from the first month
	 * @param to the last month
	 * @return the figures
	 */
	@GetMapping("/api/reports/kpis")
	@Operation(summary = "Change KPIs and the DORA four per month", description = DESCRIPTION)
	KpiReport kpis(@Parameter(description = FROM) @RequestParam(required = false) String from,
			@Parameter(description = TO) @RequestParam(required = false) String to) {
		return this.queries.kpis(MonthRange.of(from, to, CLOCK));
	}

	/**
	 * The monthly KPIs as CSV: a header row, then one row per month (same parameters and
	 * definitions as {@code /api/reports/kpis}; rates are fractions, durations hours).
	 * @param from the first month
	 * @param to the last month
	 * @return the CSV file
	 */
	// No "produces": a preset Content-Type skips negotiation, and errors stay Problem
	// JSON.
	@GetMapping("/api/reports/kpis.csv")
	@ApiResponse(responseCode = "200", description = "One row per month with a header row",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@Operation(summary = "The monthly KPIs as CSV",
			description = "A header row, then one row per month; "
					+ "same parameters and definitions as /api/reports/kpis (rates are fractions, durations hours, "
					+ "an empty cell where there is no value).")
	ResponseEntity<String> kpisCsv(@Parameter(description = FROM) @RequestParam(required = false) String from,
			@Parameter(description = TO) @RequestParam(required = false) String to) {
		MonthRange range = MonthRange.of(from, to, CLOCK);
		KpiReport report = this.queries.kpis(range);
		StringBuilder csv = new StringBuilder(KpiFigures.CSV_HEADER).append("\r\n");
		report.months().forEach((month) -> csv.append(month.csvRow()).append("\r\n"));
		String name = "changeflow-kpis-%s-to-%s.csv".formatted(range.from(), range.to());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(csv.toString());
	}

}
