package io.changeflow.release;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.lang.Nullable;

import io.changeflow.platform.ApiException;
import io.changeflow.platform.Csv;
import io.changeflow.platform.KeysetPage;
import io.changeflow.security.ApiAuthorizations;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Releases: release engineers plan, build and back them out; change managers, auditors
 * and admins read them. Accepting, starting the rollout and go / no-go go through the
 * inbox.
 */
@RestController
@Validated
class ReleaseController {

	static final String[] READERS = { "RELEASE_ENGINEER", "CHANGE_MANAGER", "AUDITOR", "ADMIN" };

	private final ReleaseCommands commands;

	private final ReleaseQueries releases;

	ReleaseController(ReleaseCommands commands, ReleaseQueries releases) {
		this.commands = commands;
		this.releases = releases;
	}

	@Bean
	static ApiAuthorizations releaseApi() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/releases", "/api/releases/*")
			.hasAnyRole(READERS)
			.requestMatchers(HttpMethod.POST, "/api/releases", "/api/releases/*/changes",
					"/api/releases/*/release-notes/generate", "/api/releases/*/artifacts", "/api/releases/*/build",
					"/api/releases/*/back-out")
			.hasRole("RELEASE_ENGINEER")
			.requestMatchers(HttpMethod.POST, "/api/releases/*/rollout-override")
			.hasRole("CHANGE_MANAGER")
			.requestMatchers(HttpMethod.PUT, "/api/releases/*", "/api/releases/*/waves")
			.hasRole("RELEASE_ENGINEER")
			.requestMatchers(HttpMethod.DELETE, "/api/releases/*/changes/*")
			.hasRole("RELEASE_ENGINEER");
	}

	/**
	 * Releases, newest first unless {@code sort} says otherwise; pass the returned
	 * {@code next} as {@code after} for the next page, as for changes. {@code from} and
	 * {@code to} select the releases whose {@code date} (created unless given) falls in
	 * [{@code from}, {@code to}).
	 */
	@GetMapping("/api/releases")
	KeysetPage<ReleaseSummary> list(@RequestParam(name = "state", required = false) List<ReleaseState> states,
			@RequestParam(required = false) @Size(max = 200) String q, @RequestParam(required = false) ReleaseDate date,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(defaultValue = "CREATED") ReleaseSort sort,
			@RequestParam(defaultValue = "") @Size(max = 200) String after,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		return this.releases.list(filter(states, q, date, from, to), sort, after, limit);
	}

	/**
	 * The release list as CSV: the same filters and order, every page, at most 50,000
	 * rows ({@code X-Csv-Truncated: true} when more matched).
	 */
	@GetMapping("/api/releases/export.csv")
	ResponseEntity<String> export(@RequestParam(name = "state", required = false) List<ReleaseState> states,
			@RequestParam(required = false) @Size(max = 200) String q, @RequestParam(required = false) ReleaseDate date,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(defaultValue = "CREATED") ReleaseSort sort) {
		List<ReleaseSummary> rows = this.releases.export(filter(states, q, date, from, to), sort);
		return Csv.download("releases",
				List.of("key", "name", "type", "state", "changes", "planned start", "planned end", "created at",
						"ended at", "current step"),
				rows.stream()
					.limit(Csv.MAX_ROWS)
					.<List<?>>map((release) -> java.util.Arrays.asList(release.key(), release.name(), release.type(),
							release.state(), release.changeCount(), release.plannedStart(), release.plannedEnd(),
							release.createdAt(), release.endedAt(), release.currentStepName()))
					.toList(),
				rows.size() > Csv.MAX_ROWS);
	}

	private static ReleaseFilter filter(List<ReleaseState> states, String q, ReleaseDate date, OffsetDateTime from,
			OffsetDateTime to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw ApiException.invalid("to", "must not be before from");
		}
		return new ReleaseFilter(states, q, date, (from != null) ? from.toInstant() : null,
				(to != null) ? to.toInstant() : null);
	}

	@GetMapping("/api/releases/candidates")
	List<Candidate> candidates() {
		return this.releases.candidates()
			.stream()
			.map((change) -> new Candidate(change.key(), change.title(), change.plannedStart(), change.plannedEnd()))
			.toList();
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/releases")
	ResponseEntity<ReleaseView> create(@Valid @RequestBody ReleaseBody body, Authentication user) {
		ReleaseView created = this.commands.create(body, user.getName());
		return ResponseEntity.created(URI.create("/api/releases/" + created.key())).body(created);
	}

	@GetMapping("/api/releases/{key}")
	ReleaseView get(@PathVariable String key) {
		return this.releases.get(key);
	}

	/** Replaces the plan (not the changes); only before the build. */
	@PutMapping("/api/releases/{key}")
	ReleaseView update(@PathVariable String key, @Valid @RequestBody ReleaseBody body) {
		return this.commands.update(key, body);
	}

	@PostMapping("/api/releases/{key}/changes")
	ReleaseView addChange(@PathVariable String key, @Valid @RequestBody ChangeRef body) {
		return this.commands.addChange(key, body.changeKey());
	}

	@DeleteMapping("/api/releases/{key}/changes/{changeKey}")
	ReleaseView removeChange(@PathVariable String key, @PathVariable String changeKey) {
		return this.commands.removeChange(key, changeKey);
	}

	@PutMapping("/api/releases/{key}/waves")
	ReleaseView planWaves(@PathVariable String key, @RequestBody List<Wave> waves) {
		return this.commands.planWaves(key, waves);
	}

	@PostMapping("/api/releases/{key}/release-notes/generate")
	ReleaseView regenerateNotes(@PathVariable String key) {
		return this.commands.regenerateNotes(key);
	}

	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/releases/{key}/artifacts")
	ResponseEntity<ReleaseView> registerArtifact(@PathVariable String key, @Valid @RequestBody ArtifactBody body,
			Authentication user) {
		return ResponseEntity.status(201).body(this.commands.registerArtifact(key, body, user.getName()));
	}

	@PostMapping("/api/releases/{key}/build")
	ReleaseView build(@PathVariable String key, Authentication user) {
		return this.commands.build(key, user.getName());
	}

	@PostMapping("/api/releases/{key}/back-out")
	ReleaseView backOut(@PathVariable String key, @Valid @RequestBody BackOut body, Authentication user) {
		return this.commands.backOut(key, body.reason().strip(), user.getName());
	}

	/**
	 * Lets the release roll out although now is outside the approved windows of its
	 * changes or inside a blackout window (change managers only). Recorded with who, why
	 * and when; the release timeline shows it. The release engineer still starts the
	 * rollout.
	 */
	@PostMapping("/api/releases/{key}/rollout-override")
	ReleaseView recordOverride(@PathVariable String key, @Valid @RequestBody WindowOverride body, Authentication user) {
		return this.commands.recordOverride(key, body.reason().strip(), user.getName());
	}

	/**
	 * Why a release may roll out outside its windows.
	 *
	 * @param reason why, e.g. "Security fix; the freeze owner agreed"
	 */
	record WindowOverride(@NotBlank @Size(max = 2000) String reason) {
	}

	/**
	 * A change to bundle.
	 *
	 * @param changeKey its key
	 */
	@Schema(name = "ChangeToBundle")
	record ChangeRef(@NotBlank @Size(max = 20) String changeKey) {
	}

	/**
	 * Why a rollout is backed out.
	 *
	 * @param reason what went wrong
	 */
	record BackOut(@NotBlank @Size(max = 2000) String reason) {
	}

	/**
	 * A change a release could bundle.
	 *
	 * @param key its key
	 * @param title its title
	 * @param plannedStart start of its planned window
	 * @param plannedEnd end of its planned window
	 */
	record Candidate(String key, String title, @Nullable OffsetDateTime plannedStart,
			@Nullable OffsetDateTime plannedEnd) {
	}

}
