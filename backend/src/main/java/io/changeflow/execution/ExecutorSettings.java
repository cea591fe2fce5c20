package io.changeflow.execution;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The deployment executor ({@code changeflow.executor.*}).
 *
 * @param type {@code simulated} (default) or {@code webhook}
 * @param messageTtl how long the engine keeps a result no step waits for yet
 * @param simulated the simulated executor's settings
 * @param webhook the webhook executor's settings
 */
@ConfigurationProperties("changeflow.executor")
record ExecutorSettings(@DefaultValue("simulated") String type, @DefaultValue("PT1H") Duration messageTtl,
		@DefaultValue Simulated simulated, @DefaultValue Webhook webhook) {

	/**
	 * The simulated executor, for demos and tests.
	 *
	 * @param duration how long each execution takes
	 * @param failureRate the chance, 0..1, that any execution fails (a wave's own
	 * {@code simulatedFailureRate} adds to its verification)
	 */
	record Simulated(@DefaultValue("PT3S") Duration duration, @DefaultValue("0") double failureRate) {
	}

	/**
	 * The webhook executor: requests are POSTed as signed JSON, results come back to the
	 * callback URL signed with the same secret.
	 *
	 * @param url where to POST; {@code {action}} is replaced by the action in lower case
	 * @param secret the HMAC-SHA256 key of both directions
	 * @param attempts how often a request is tried before the job fails
	 * @param timeout how long one attempt may take
	 * @param maxClockSkew how old (or how far ahead) a callback's timestamp may be
	 */
	record Webhook(String url, String secret, @DefaultValue("3") int attempts, @DefaultValue("PT10S") Duration timeout,
			@DefaultValue("PT5M") Duration maxClockSkew) {

		boolean hasSecret() {
			return this.secret != null && !this.secret.isBlank();
		}

	}

}
