package io.changeflow.cmdb;

import io.changeflow.platform.ApiException;
import io.changeflow.platform.KeysetPage;
import io.changeflow.security.ApiAuthorizations;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reading the CMDB: every signed-in role may look up what a change touches.
 */
@RestController
@Validated
class CmdbController {

	private final ConfigurationItemRepository items;

	private final CmdbService cmdb;

	CmdbController(ConfigurationItemRepository items, CmdbService cmdb) {
		this.items = items;
		this.cmdb = cmdb;
	}

	@Bean
	static ApiAuthorizations cmdbApi() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/cis", "/api/cis/*", "/api/cis/*/history")
			.authenticated();
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

}
