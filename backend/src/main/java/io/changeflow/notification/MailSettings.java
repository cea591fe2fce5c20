package io.changeflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email notifications. The SMTP server is Spring Boot's {@code spring.mail.*}.
 *
 * @param enabled send notifications by email too ({@code CHANGEFLOW_MAIL_ENABLED})
 * @param from the sender address
 * @param baseUrl where people reach the app; links in emails start with it
 */
@ConfigurationProperties("changeflow.mail")
record MailSettings(boolean enabled, @DefaultValue("changeflow@localhost") String from,
		@DefaultValue("http://localhost:8080") String baseUrl) {

	/** The link as an absolute URL. */
	String absolute(String path) {
		String base = this.baseUrl.endsWith("/") ? this.baseUrl.substring(0, this.baseUrl.length() - 1) : this.baseUrl;
		return base + path;
	}

}
