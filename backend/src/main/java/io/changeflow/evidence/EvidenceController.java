package io.changeflow.evidence;

import io.changeflow.audit.AuditRecords;
import io.changeflow.platform.ApiException;
import io.changeflow.security.ApiAuthorizations;
import io.changeflow.security.Role;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The evidence of a change for auditors and change managers: as JSON for the evidence
 * page, its path as SVG, a printable HTML report, and ZIPs of a change or a period.
 */
@RestController
class EvidenceController {

	static final String ZIP = "application/zip";

	static final String SVG = "image/svg+xml";

	/** A year of evidence is what an annual audit asks for; more is a second download. */
	private static final long MAX_PERIOD_DAYS = 366;

	private final EvidenceService evidence;

	private final EvidenceExport export;

	private final AuditRecords audit;

	EvidenceController(EvidenceService evidence, EvidenceExport export, AuditRecords audit) {
		this.evidence = evidence;
		this.export = export;
		this.audit = audit;
	}

	@Bean
	static ApiAuthorizations evidenceApi() {
		String[] readers = { Role.AUDITOR.name(), Role.CHANGE_MANAGER.name(), Role.ADMIN.name() };
		return (rules) -> rules
			.requestMatchers(HttpMethod.GET, "/api/changes/*/evidence", "/api/changes/*/evidence/path.svg",
					"/api/changes/*/evidence.zip", "/api/changes/*/evidence.html", "/api/audit/evidence.zip")
			.hasAnyRole(readers);
	}

	/** Everything an auditor needs about a change. */
	@GetMapping("/api/changes/{key}/evidence")
	ChangeEvidence evidence(@PathVariable String key) {
		return this.evidence.of(key);
	}

	/** The change process with the path the change took marked, drawn by the server. */
	@GetMapping("/api/changes/{key}/evidence/path.svg")
	@ApiResponse(responseCode = "200", description = "The diagram",
			content = @Content(mediaType = SVG, schema = @Schema(type = "string")))
	ResponseEntity<String> pathSvg(@PathVariable String key) {
		String svg = this.evidence.pathSvg(this.evidence.of(key));
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.valueOf(SVG)).body(svg);
	}

	/**
	 * The change's evidence as a ZIP: events.json, events.csv, change.json, path.svg and
	 * manifest.json (chain head, SHA-256 of every other file).
	 */
	@GetMapping("/api/changes/{key}/evidence.zip")
	@ApiResponse(responseCode = "200", description = "The ZIP",
			content = @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> changeZip(@PathVariable String key, Authentication user) {
		byte[] zip = this.export.ofChange(key, user.getName());
		return download(zip, key + "-evidence.zip");
	}

	/** The change's evidence as one printable, self-contained HTML page. */
	@GetMapping("/api/changes/{key}/evidence.html")
	@ApiResponse(responseCode = "200", description = "The report",
			content = @Content(mediaType = MediaType.TEXT_HTML_VALUE, schema = @Schema(type = "string")))
	ResponseEntity<String> printableReport(@PathVariable String key, Authentication user) {
		ChangeEvidence change = this.evidence.of(key);
		String html = EvidenceReport.html(change, this.evidence.pathSvg(change), this.audit.head(), Instant.now(),
				user.getName());
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(html);
	}

	/**
	 * The evidence of a period as a ZIP: its events, and a folder for every change
	 * (change.json, path.svg) and release (release.json) with an event in it. Days are
	 * UTC, both included.
	 */
	@GetMapping("/api/audit/evidence.zip")
	@ApiResponse(responseCode = "200", description = "The ZIP",
			content = @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> periodZip(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication user) {
		if (to.isBefore(from)) {
			throw ApiException.invalid("to", "must not be before from");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
			throw ApiException.invalid("to", "must be at most " + MAX_PERIOD_DAYS + " days after from");
		}
		byte[] zip = this.export.ofPeriod(from, to, user.getName());
		return download(zip, "evidence-" + from + "-to-" + to + ".zip");
	}

	private static ResponseEntity<byte[]> download(byte[] zip, String filename) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.valueOf(ZIP))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(zip);
	}

}
