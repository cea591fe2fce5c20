package io.changeflow.schedule;

import io.changeflow.platform.ApiException;
import io.changeflow.security.ApiAuthorizations;
import io.changeflow.security.SelfAuthenticatedPaths;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The change calendar for everyone signed in, and its iCalendar feeds for calendar apps,
 * which cannot sign in: a feed address carries the person's feed token instead.
 */
@RestController
@Validated
class CalendarController {

	static final String PERSONAL_FEED = "/api/calendar.ics";

	static final String TEAM_FEED = "/api/calendar/teams/*.ics";

	/** What a feed covers: the last month and the next half year. */
	private static final int FEED_DAYS_BACK = 31;

	private static final int FEED_DAYS_AHEAD = 183;

	private static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarService calendar;

	private final FeedTokens tokens;

	CalendarController(CalendarService calendar, FeedTokens tokens) {
		this.calendar = calendar;
		this.tokens = tokens;
	}

	@Bean
	static ApiAuthorizations calendarApi() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, PERSONAL_FEED, TEAM_FEED)
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/calendar", "/api/calendar/feed-token")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/calendar/feed-token")
			.authenticated();
	}

	/** The feed token is ours, not the identity provider's. */
	@Bean
	static SelfAuthenticatedPaths calendarFeeds() {
		return new SelfAuthenticatedPaths(List.of(PERSONAL_FEED, TEAM_FEED));
	}

	/**
	 * Changes (except drafts, rejected and withdrawn ones) and releases planned in the
	 * period, blackouts and maintenance window occurrences in it, each scheduled change
	 * with its conflicts. {@code ci}: changes touching the item; {@code service}: changes
	 * whose impact reaches the item; {@code team}: changes touching an item the owner
	 * group owns. With a filter, releases show when they bundle a change shown, and
	 * windows when global or scoped to what the filtered item reaches.
	 */
	@GetMapping("/api/calendar")
	CalendarView calendar(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(required = false) @Size(max = 20) String ci,
			@RequestParam(required = false) @Size(max = 20) String service,
			@RequestParam(required = false) @Size(max = 100) String team) {
		if (from == null) {
			throw ApiException.invalid("from", "Enter the start of the period.");
		}
		if (to == null) {
			throw ApiException.invalid("to", "Enter the end of the period.");
		}
		return this.calendar.calendar(from, to,
				new CalendarFilter(blankToNull(ci), blankToNull(service), blankToNull(team), null, Set.of()));
	}

	/**
	 * Whether the person has a feed token, and since when (the token itself is not kept).
	 */
	@GetMapping("/api/calendar/feed-token")
	FeedTokenView feedToken(Authentication user) {
		return this.tokens.status(user.getName());
	}

	/**
	 * Makes a new feed token (the old one stops working) and answers with it and the feed
	 * addresses, once.
	 */
	@PostMapping("/api/calendar/feed-token")
	ResponseEntity<FeedTokenView> rotateFeedToken(Authentication user) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.tokens.rotate(user.getName()));
	}

	/**
	 * The person's feed: changes they requested or implement or that touch an item one of
	 * their teams owns, the releases bundling them, and every window.
	 */
	@GetMapping(PERSONAL_FEED)
	@ApiResponse(responseCode = "200", description = "An iCalendar (RFC 5545) document",
			content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	ResponseEntity<String> personalFeed(@RequestParam(required = false) String token) {
		String person = owner(token);
		Set<String> teams = new HashSet<>(this.tokens.teamsOf(person));
		return feed("Changeflow: " + person, new CalendarFilter(null, null, null, person, teams));
	}

	/** A team's feed: changes touching an item the team owns, and every window. */
	@GetMapping("/api/calendar/teams/{team}.ics")
	@ApiResponse(responseCode = "200", description = "An iCalendar (RFC 5545) document",
			content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
	ResponseEntity<String> teamFeed(@PathVariable String team, @RequestParam(required = false) String token) {
		owner(token);
		return feed("Changeflow: team " + team, new CalendarFilter(null, null, team, null, Set.of()));
	}

	private String owner(String token) {
		return this.tokens.owner(token)
			.orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "Unauthorized",
					"This calendar feed address has no valid token: make a new feed address on the calendar page.",
					"token"));
	}

	private ResponseEntity<String> feed(String name, CalendarFilter filter) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		CalendarView view = this.calendar.calendar(now.minusDays(FEED_DAYS_BACK), now.plusDays(FEED_DAYS_AHEAD),
				filter);
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.cacheControl(CacheControl.noStore())
			.body(ICalendar.write(name, view.entries(), Instant.now()));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
