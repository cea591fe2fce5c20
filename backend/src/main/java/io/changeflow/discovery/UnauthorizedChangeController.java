package io.changeflow.discovery;

import io.changeflow.platform.KeysetPage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Unauthorized changes: change managers, admins and auditors read them; change managers
 * resolve them.
 */
@RestController
@Validated
class UnauthorizedChangeController {

	private final UnauthorizedChanges records;

	UnauthorizedChangeController(UnauthorizedChanges records) {
		this.records = records;
	}

	/**
	 * Newest first; pass the returned {@code next} as {@code after} for the next page.
	 */
	@GetMapping("/api/unauthorized-changes")
	KeysetPage<UnauthorizedChangeView> list(
			@RequestParam(name = "status", required = false) List<UnauthorizedChangeStatus> statuses,
			@RequestParam(defaultValue = "") @Size(max = 20) String after,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
		return this.records.list((statuses != null) ? statuses : List.of(), after, limit);
	}

	@GetMapping("/api/unauthorized-changes/{id}")
	UnauthorizedChangeView get(@PathVariable long id) {
		return this.records.get(id);
	}

	@PostMapping("/api/unauthorized-changes/{id}/link")
	UnauthorizedChangeView link(@PathVariable long id, @Valid @RequestBody LinkBody body, Authentication user) {
		return this.records.link(id, body.changeKey(), user.getName());
	}

	@PostMapping("/api/unauthorized-changes/{id}/accept")
	UnauthorizedChangeView accept(@PathVariable long id, @Valid @RequestBody ReasonBody body, Authentication user) {
		return this.records.accept(id, body.reason(), user.getName());
	}

	@PostMapping("/api/unauthorized-changes/{id}/roll-back")
	UnauthorizedChangeView rollBack(@PathVariable long id, @Valid @RequestBody ReasonBody body, Authentication user) {
		return this.records.rollBack(id, body.reason(), user.getName());
	}

	/**
	 * @param changeKey the retrospective emergency change, e.g. CHG-000042
	 */
	record LinkBody(@NotBlank @Size(max = 20) String changeKey) {
	}

	/**
	 * @param reason why, in a sentence or two
	 */
	record ReasonBody(@NotBlank @Size(max = 2000) String reason) {
	}

}
