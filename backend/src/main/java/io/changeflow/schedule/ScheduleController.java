package io.changeflow.schedule;

import io.changeflow.platform.ApiException;
import io.changeflow.security.ApiAuthorizations;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpMethod;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Schedule conflicts: of a change's planned window, or of a window someone is planning.
 * Everyone signed in may ask.
 */
@RestController
@Validated
class ScheduleController {

	private final ScheduleService schedule;

	ScheduleController(ScheduleService schedule) {
		this.schedule = schedule;
	}

	@Bean
	static ApiAuthorizations scheduleApi() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/api/changes/*/conflicts", "/api/schedule/conflicts")
			.authenticated();
	}

	/** Every conflict of the change's planned window and the next free window. */
	@GetMapping("/api/changes/{key}/conflicts")
	ScheduleCheck ofChange(@PathVariable String key) {
		return this.schedule.check(key);
	}

	/**
	 * Every conflict of a window not saved yet, for the items given ({@code ci},
	 * repeated) and the next free window; {@code change} names the change being edited,
	 * which is left out of the comparison.
	 */
	@GetMapping("/api/schedule/conflicts")
	ScheduleCheck ofWindow(@RequestParam(name = "ci", required = false) @Size(max = 100) List<String> cis,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime start,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime end,
			@RequestParam(required = false) @Size(max = 20) String change) {
		if (start == null) {
			throw ApiException.invalid("start", "Enter the planned start.");
		}
		if (end == null) {
			throw ApiException.invalid("end", "Enter the planned end.");
		}
		return this.schedule.check((cis != null) ? cis : List.of(), start, end, change);
	}

}
