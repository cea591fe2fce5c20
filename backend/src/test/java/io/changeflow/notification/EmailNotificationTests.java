package io.changeflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * {@link EmailNotifier} against a real SMTP server (GreenMail, in-process, on a free
 * loopback port), without a Spring context.
 */
class EmailNotificationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

	private static final Recipient CAB1 = new Recipient("cab1", "Casey Cab", "cab1@changeflow.local");

	private static final Notice VOTE = new Notice("VOTE_REQUESTED", "CAB vote: CHG-000042 Upgrade orders-db",
			"Your vote is needed on CHG-000042.", "/inbox/2251799813685321", "CHG-000042", "CHG-000042:cab_vote:cab1");

	@Test
	void sendsThePlainTextNoticeWithAnAbsoluteLink() throws Exception {
		EmailNotifier notifier = notifier(smtpPort(), "https://changeflow.example.com/");

		notifier.send(CAB1, VOTE);

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		MimeMessage mail = received[0];
		assertThat(mail.getRecipients(RecipientType.TO)).extracting(Object::toString)
			.containsExactly("cab1@changeflow.local");
		assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("changeflow@changeflow.local");
		assertThat(mail.getSubject()).isEqualTo("[Changeflow] CAB vote: CHG-000042 Upgrade orders-db");
		assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
		String body = GreenMailUtil.getBody(mail);
		assertThat(body).contains("Hello Casey Cab")
			.contains("Your vote is needed on CHG-000042.")
			.contains("https://changeflow.example.com/inbox/2251799813685321");
	}

	@Test
	void aSubjectCannotAddHeadersAndKeepsItsUmlauts() throws Exception {
		Notice sneaky = new Notice("DECISION", "Genehmigt: Änderung\r\nBcc: everyone@example.com", "", null, null);

		notifier(smtpPort(), "http://localhost:8080").send(CAB1, sneaky);

		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getSubject()).isEqualTo("[Changeflow] Genehmigt: Änderung Bcc: everyone@example.com");
		assertThat(mail.getHeader("Bcc")).isNull();
		assertThat(mail.getAllRecipients()).hasSize(1);
	}

	@Test
	void reachesOnlyPeopleWithAnAddress() {
		EmailNotifier notifier = notifier(smtpPort(), "http://localhost:8080");

		assertThat(notifier.reaches(CAB1)).isTrue();
		assertThat(notifier.reaches(new Recipient("oidc-user", "OIDC User", null))).isFalse();
		assertThat(notifier.reaches(new Recipient("blank", "Blank", " "))).isFalse();
	}

	@Test
	void anUnreachableServerIsAnException() {
		EmailNotifier notifier = notifier(unusedPort(), "http://localhost:8080");

		assertThatExceptionOfType(MailSendException.class).isThrownBy(() -> notifier.send(CAB1, VOTE));
	}

	static EmailNotifier notifier(int port, String baseUrl) {
		return new EmailNotifier(mailSender(port), new MailSettings(true, "changeflow@changeflow.local", baseUrl));
	}

	static JavaMailSenderImpl mailSender(int port) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(port);
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
		return sender;
	}

	static int smtpPort() {
		return smtpPortOf(smtp);
	}

	static int smtpPortOf(GreenMailExtension server) {
		return server.getSmtp().getPort();
	}

	/** A port nothing listens on: taken from the OS and given back at once. */
	static int unusedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
