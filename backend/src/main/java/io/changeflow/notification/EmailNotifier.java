package io.changeflow.notification;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends notices as plain-text email through Spring's {@link JavaMailSender}
 * ({@code spring.mail.*}). On only with {@code changeflow.mail.enabled=true}; people
 * without an email address are skipped.
 */
@Component
@ConditionalOnProperty(name = "changeflow.mail.enabled", havingValue = "true")
class EmailNotifier implements Notifier {

	private final JavaMailSender mailSender;

	private final MailSettings settings;

	EmailNotifier(JavaMailSender mailSender, MailSettings settings) {
		this.mailSender = mailSender;
		this.settings = settings;
	}

	@Override
	public boolean reaches(Recipient recipient) {
		return recipient.email() != null && !recipient.email().isBlank();
	}

	@Override
	public void send(Recipient recipient, Notice notice) {
		this.mailSender.send((MimeMessage message) -> {
			MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
			mail.setFrom(this.settings.from());
			mail.setTo(recipient.email());
			// A subject is one header line: line breaks in it would start new headers.
			mail.setSubject("[Changeflow] " + notice.subject().replaceAll("[\\r\\n]+", " "));
			mail.setText(text(recipient, notice));
			// RFC 3834: tells auto-responders not to answer.
			message.setHeader("Auto-Submitted", "auto-generated");
		});
	}

	String text(Recipient recipient, Notice notice) {
		StringBuilder text = new StringBuilder();
		text.append("Hello ").append(recipient.displayName()).append(",\n\n");
		if (!notice.body().isBlank()) {
			text.append(notice.body()).append("\n\n");
		}
		if (notice.link() != null) {
			text.append("Open it in Changeflow: ").append(this.settings.absolute(notice.link())).append("\n\n");
		}
		text.append("-- \nChangeflow. You also find this notification in the app.\n");
		return text.toString();
	}

}
