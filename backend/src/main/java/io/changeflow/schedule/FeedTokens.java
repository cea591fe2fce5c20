package io.changeflow.schedule;

import io.changeflow.audit.DomainEvent;
import io.changeflow.schedule.FeedTokenView.TeamFeed;
import io.changeflow.security.UserDirectory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal calendar feed tokens: calendar apps cannot sign in, so the feed address
 * carries a random token. Only its SHA-256 is stored; making a new one ends the old one.
 */
@Service
@Transactional
class FeedTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final UserDirectory users;

	private final ApplicationEventPublisher events;

	FeedTokens(JdbcTemplate jdbc, UserDirectory users, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.users = users;
		this.events = events;
	}

	@Transactional(readOnly = true)
	FeedTokenView status(String username) {
		List<Timestamp> created = this.jdbc
			.queryForList("select created_at from calendar_feed_token where username = ?", Timestamp.class, username);
		return created.isEmpty() ? new FeedTokenView(false, null, null, null, List.of())
				: new FeedTokenView(true, created.get(0).toInstant(), null, null, List.of());
	}

	/**
	 * Makes a new token for the person, replacing any old one; the answer shows it once.
	 */
	FeedTokenView rotate(String username) {
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant now = Instant.now();
		this.jdbc
			.update("""
					insert into calendar_feed_token (username, token_hash, created_at) values (?, ?, ?)
					on conflict (username) do update set token_hash = excluded.token_hash, created_at = excluded.created_at""",
					username, hash(token), Timestamp.from(now));
		this.events.publishEvent(DomainEvent.of("CalendarFeedTokenRotated", "USER", username).by(username));
		List<TeamFeed> teams = this.users.find(username)
			.map((user) -> user.groups()
				.stream()
				.map((team) -> new TeamFeed(team, "/api/calendar/teams/" + team + ".ics?token=" + token))
				.toList())
			.orElse(List.of());
		return new FeedTokenView(true, now, token, "/api/calendar.ics?token=" + token, teams);
	}

	/**
	 * Whose token this is.
	 * @param token a token from a feed address, or null
	 * @return the person, empty for no or an unknown token
	 */
	@Transactional(readOnly = true)
	Optional<String> owner(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc
			.queryForList("select username from calendar_feed_token where token_hash = ?", String.class, hash(token))
			.stream()
			.findFirst();
	}

	/** The person's teams, for the personal feed. */
	@Transactional(readOnly = true)
	List<String> teamsOf(String username) {
		return this.users.find(username).map(UserDirectory.DirectoryUser::groups).orElse(List.of());
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
