package io.changeflow.cmdb;

import io.changeflow.platform.ApiException;
import io.changeflow.platform.KeysetPage;
import io.changeflow.security.ApiAuthorizations;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * Reading the CMDB: every signed-in role may look up what a change touches.
 */
@RestController
@Validated
class CmdbController {

	private final ConfigurationItemRepository items;

	private final CmdbService cmdb;

	private final CmdbImport importer;

	CmdbController(ConfigurationItemRepository items, CmdbService cmdb, CmdbImport importer) {
		this.items = items;
		this.cmdb = cmdb;
		this.importer = importer;
	}

	@Bean
	static ApiAuthorizations cmdbApi() {
		return (rules) -> rules
			.requestMatchers(HttpMethod.GET, "/api/cis", "/api/cis/*", "/api/cis/*/history", "/api/cis/*/relations",
					"/api/cis/*/impact", "/api/impact")
			.authenticated()
			.requestMatchers("/api/cis", "/api/cis/*", "/api/cis/import", "/api/cis/*/relations",
					"/api/cis/*/relations/**")
			.hasRole("ADMIN");
	}

	/**
	 * Items ordered by key; pass the returned {@code next} as {@code after} for the next
	 * page.
	 */
	@GetMapping("/api/cis")
	@Transactional(readOnly = true)
	KeysetPage<CiView> list(@RequestParam(required = false) CiType type,
			@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(defaultValue = "") @Size(max = 20) String after,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		String text = (q == null || q.isBlank()) ? null : q.strip();
		var fetched = this.items.page(after, type, text, Limit.of(limit + 1))
			.stream()
			.map(ConfigurationItem::view)
			.toList();
		return KeysetPage.of(fetched, limit, CiView::key);
	}

	@GetMapping("/api/cis/{key}")
	@Transactional(readOnly = true)
	CiView get(@PathVariable String key) {
		return this.items.findByKey(key)
			.map(ConfigurationItem::view)
			.orElseThrow(() -> ApiException.notFound("configuration item", key));
	}

	/** What versions an item ran, and which release and changes brought each. */
	@GetMapping("/api/cis/{key}/history")
	List<CiHistoryView> history(@PathVariable String key) {
		return this.cmdb.history(key);
	}

	/** An admin records a new item; its key is given out. */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/cis")
	ResponseEntity<CiView> create(@Valid @RequestBody CiBody body, Authentication user) {
		CiView created = this.cmdb.create(body, user.getName());
		return ResponseEntity.created(URI.create("/api/cis/" + created.key())).body(created);
	}

	/** An admin corrects an item (all fields; the version only a release changes). */
	@PutMapping("/api/cis/{key}")
	CiView edit(@PathVariable String key, @Valid @RequestBody CiBody body, Authentication user) {
		return this.cmdb.edit(key, body, user.getName());
	}

	/**
	 * Imports items and relations from a CSV or JSON file (see {@link CmdbImport}): all
	 * rows or none; a 400 lists every bad row's fields as {@code rows[n].field}.
	 */
	@PostMapping(path = "/api/cis/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	CmdbImport.ImportResult importItems(@RequestParam("file") MultipartFile file, Authentication user)
			throws IOException {
		if (file.isEmpty()) {
			throw ApiException.invalid("file", "The file is empty.");
		}
		String content = new String(file.getBytes(), StandardCharsets.UTF_8);
		String name = (file.getOriginalFilename() != null) ? file.getOriginalFilename().toLowerCase(Locale.ROOT) : "";
		boolean json = name.endsWith(".json") || content.stripLeading().startsWith("[");
		return this.importer.run(content, json, user.getName());
	}

	/** What the item relates to, and what relates to it. */
	@GetMapping("/api/cis/{key}/relations")
	List<RelationView> relations(@PathVariable String key) {
		return this.cmdb.relations(key);
	}

	/** An admin relates the item to another: "key TYPE target". */
	@ResponseStatus(HttpStatus.CREATED)
	@PostMapping("/api/cis/{key}/relations")
	ResponseEntity<RelationView> relate(@PathVariable String key, @Valid @RequestBody NewRelation body,
			Authentication user) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.cmdb.relate(key, body.type(), body.target(), user.getName()));
	}

	@ResponseStatus(HttpStatus.NO_CONTENT)
	@DeleteMapping("/api/cis/{key}/relations/{type}/{target}")
	ResponseEntity<Void> unrelate(@PathVariable String key, @PathVariable RelationType type,
			@PathVariable String target, Authentication user) {
		this.cmdb.unrelate(key, type, target, user.getName());
		return ResponseEntity.noContent().build();
	}

	/** Everything a change to this item reaches, up to the business services. */
	@GetMapping("/api/cis/{key}/impact")
	ImpactView impactOf(@PathVariable String key) {
		get(key);
		return this.cmdb.impact(List.of(key));
	}

	/**
	 * Everything a change to these items reaches (the RFC form asks as CIs are picked).
	 */
	@GetMapping("/api/impact")
	ImpactView impact(@RequestParam(name = "ci") @Size(min = 1, max = 200) List<@Size(max = 20) String> cis) {
		return this.cmdb.impact(cis);
	}

	/**
	 * A new relation.
	 *
	 * @param type how the item relates
	 * @param target the key of the item it relates to
	 */
	record NewRelation(@NotNull RelationType type, @NotBlank @Size(max = 20) String target) {
	}

}
