package io.changeflow.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after too many failed sign-ins within a window, a
 * username or a client address is locked out for a while, longer each time in a row, and
 * during a lockout even the right password is refused, so guessing cannot go on. A
 * successful sign-in forgets the user's failures. Counters live in the database, shared
 * by every replica; each update is one row-locking upsert.
 */
@Service
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final JdbcTemplate jdbc;

	private final LoginThrottleProperties properties;

	private final Clock clock;

	@Autowired
	LoginThrottle(JdbcTemplate jdbc, LoginThrottleProperties properties) {
		this(jdbc, properties, Clock.systemUTC());
	}

	LoginThrottle(JdbcTemplate jdbc, LoginThrottleProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Refuses the sign-in while the username or the address is locked out.
	 * @param username the username as typed
	 * @param address the client address
	 * @throws LoginThrottledException during a lockout
	 */
	@Transactional(readOnly = true)
	public void check(String username, String address) {
		Instant now = this.clock.instant();
		Timestamp until = this.jdbc.queryForObject(
				"select max(locked_until) from login_attempt where subject in (?, ?) and locked_until > ?",
				Timestamp.class, user(username), address(address), Timestamp.from(now));
		if (until != null) {
			throw new LoginThrottledException(Duration.between(now, until.toInstant()));
		}
	}

	/**
	 * Counts a wrong password (or unknown username) against both, locking out the one
	 * that reached its limit.
	 * @param username the username as typed
	 * @param address the client address
	 */
	@Transactional
	public void failed(String username, String address) {
		Instant now = this.clock.instant();
		count(user(username), this.properties.userFailures(), now, username, address);
		count(address(address), this.properties.addressFailures(), now, username, address);
		// Rows nobody failed on for a day only take room.
		this.jdbc.update("delete from login_attempt where greatest(window_start, locked_until) < ?",
				Timestamp.from(now.minus(Duration.ofDays(1))));
	}

	/**
	 * Forgets the user's failures and lockouts; the address keeps its count, so one good
	 * account does not reset guessing at others from the same address.
	 * @param username the username that signed in
	 */
	@Transactional
	public void succeeded(String username) {
		this.jdbc.update("delete from login_attempt where subject = ?", user(username));
	}

	private void count(String subject, int limit, Instant now, String username, String address) {
		Timestamp at = Timestamp.from(now);
		Timestamp quietSince = Timestamp.from(now.minus(this.properties.window()));
		// A window starts again after a quiet window: no failure and no lockout in it.
		List<int[]> counted = this.jdbc.query("""
				insert into login_attempt as a (subject, failures, window_start, locked_until, lockouts)
				values (?, 1, ?, null, 0)
				on conflict (subject) do update set
				  failures = case when greatest(a.window_start, a.locked_until) <= ? then 1 else a.failures + 1 end,
				  lockouts = case when greatest(a.window_start, a.locked_until) <= ? then 0 else a.lockouts end,
				  window_start = case when greatest(a.window_start, a.locked_until) <= ? then ? else a.window_start end
				returning failures, lockouts""", (row, n) -> new int[] { row.getInt(1), row.getInt(2) }, subject, at,
				quietSince, quietSince, quietSince, at);
		int failures = counted.getFirst()[0];
		int lockouts = counted.getFirst()[1];
		if (failures < limit) {
			return;
		}
		Duration lockout = this.properties.lockoutAfter(lockouts);
		this.jdbc.update("""
				update login_attempt set failures = 0, window_start = ?, locked_until = ?, lockouts = lockouts + 1
				where subject = ?""", at, Timestamp.from(now.plus(lockout)), subject);
		log.warn("Sign-in locked for {} s after {} failures of {}: user '{}', address {}", lockout.toSeconds(),
				failures, subject.startsWith("user:") ? "the user" : "the address", printable(username),
				printable(address));
	}

	private static String user(String username) {
		return "user:" + username.strip().toLowerCase(Locale.ROOT);
	}

	private static String address(String address) {
		return "address:" + address;
	}

	/** A username is typed by anyone: no line breaks or control characters in the log. */
	private static String printable(String text) {
		return text.replaceAll("\\p{Cntrl}", "?");
	}

}
