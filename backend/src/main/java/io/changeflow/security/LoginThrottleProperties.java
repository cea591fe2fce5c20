package io.changeflow.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins lock a user or a client address out, and for how long.
 *
 * @param userFailures failures of one username within the window that lock it
 * @param addressFailures failures from one client address within the window that lock it
 * @param window how long failures count; a quiet window also forgets earlier lockouts
 * @param lockout the first lockout; each further one in a row doubles it
 * @param maxLockout the longest lockout
 */
@ConfigurationProperties("changeflow.login.throttle")
public record LoginThrottleProperties(@DefaultValue("5") int userFailures, @DefaultValue("20") int addressFailures,
		@DefaultValue("PT15M") Duration window, @DefaultValue("PT1M") Duration lockout,
		@DefaultValue("PT1H") Duration maxLockout) {

	/**
	 * The lockout after some earlier ones in a row.
	 * @param earlier how many lockouts came before it
	 * @return the doubled lockout, at most {@link #maxLockout()}
	 */
	Duration lockoutAfter(int earlier) {
		Duration doubled = this.lockout.multipliedBy(1L << Math.min(earlier, 20));
		return (doubled.compareTo(this.maxLockout) > 0) ? this.maxLockout : doubled;
	}

}
