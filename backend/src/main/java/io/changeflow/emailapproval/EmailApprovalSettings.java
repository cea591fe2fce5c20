package io.changeflow.emailapproval;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Approval links in emails.
 *
 * @param secret the HMAC key that signs the links
 * ({@code CHANGEFLOW_EMAIL_APPROVAL_SECRET}, at least 32 characters); when empty, one is
 * generated once and kept in the database
 * @param ttl how long a link works
 */
@ConfigurationProperties("changeflow.email-approval")
record EmailApprovalSettings(String secret, @DefaultValue("P2D") Duration ttl) {

	EmailApprovalSettings {
		if (secret != null && !secret.isBlank() && secret.length() < 32) {
			throw new IllegalArgumentException("changeflow.email-approval.secret must have at least 32 characters");
		}
		if (ttl.isNegative() || ttl.isZero()) {
			throw new IllegalArgumentException("changeflow.email-approval.ttl must be positive");
		}
	}

	boolean hasSecret() {
		return this.secret != null && !this.secret.isBlank();
	}

	/** Never the secret itself: settings end up in logs and actuator output. */
	@Override
	public String toString() {
		return "EmailApprovalSettings[secret=" + (hasSecret() ? "(set)" : "(generated)") + ", ttl=" + this.ttl + "]";
	}

}
