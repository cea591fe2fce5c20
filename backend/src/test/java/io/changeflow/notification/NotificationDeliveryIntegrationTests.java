package io.changeflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.changeflow.testing.IntegrationTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Email delivery with the real database and demo users. The shared context runs with mail
 * off; the email cases wire a {@link NotificationService} of their own around an
 * {@link EmailNotifier}, so the shared context stays as it is.
 */
class NotificationDeliveryIntegrationTests extends IntegrationTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

	@Autowired
	private ApplicationContext context;

	@Autowired
	private NotificationService appService;

	@Autowired
	private NotificationRepository repository;

	@Autowired
	private Recipients recipients;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Test
	void withMailOffNothingIsSentAndTheInAppNotificationExists() {
		assertThat(this.context.getBeansOfType(Notifier.class)).as("no external channel").isEmpty();

		this.appService.notifyUsers(List.of("cab1"), NotificationIntegrationTests.notice("CAB vote: CHG-000042"));

		assertThat(row("cab1")).containsEntry("subject", "CAB vote: CHG-000042")
			.containsEntry("delivery_status", "IN_APP_ONLY")
			.containsEntry("last_error", null);
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void theDemoUsersHaveAddresses() {
		assertThat(this.jdbc.queryForObject("select email from app_user where username = 'cab1'", String.class))
			.isEqualTo("cab1@changeflow.local");
		assertThat(this.jdbc.queryForObject("select count(*) from app_user where email is null", Integer.class))
			.isZero();
	}

	@Test
	void withMailOnTheEmailGoesOutAfterTheCommitAndIsRecorded() throws Exception {
		NotificationService service = serviceSendingTo(EmailNotificationTests.smtpPortOf(smtp));

		inCallersTransaction(() -> {
			service.notifyUsers(List.of("cab1"), NotificationIntegrationTests.notice("CAB vote: CHG-000042"));
			assertThat(smtp.getReceivedMessages()).as("not before the commit").isEmpty();
		});

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getRecipients(RecipientType.TO)).extracting(Object::toString)
			.containsExactly("cab1@changeflow.local");
		assertThat(received[0].getSubject()).isEqualTo("[Changeflow] CAB vote: CHG-000042");
		assertThat(GreenMailUtil.getBody(received[0])).contains("Hello Casey Cab")
			.contains("https://changeflow.example.com/changes/CHG-000042");
		assertThat(row("cab1")).containsEntry("delivery_status", "SENT").containsEntry("last_error", null);
	}

	@Test
	void aRepeatedDedupKeySendsNoSecondEmail() {
		NotificationService service = serviceSendingTo(EmailNotificationTests.smtpPortOf(smtp));
		Notice vote = NotificationIntegrationTests.notice("CAB vote").withDedupKey("CHG-000042:cab_vote:cab2");

		inCallersTransaction(() -> service.notifyUsers(List.of("cab2"), vote));
		inCallersTransaction(() -> service.notifyUsers(List.of("cab2"), vote));

		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void aRolledBackCallerSendsNothing() {
		NotificationService service = serviceSendingTo(EmailNotificationTests.smtpPortOf(smtp));

		new TransactionTemplate(this.transactionManager).executeWithoutResult((tx) -> {
			service.notifyUsers(List.of("cab1"), NotificationIntegrationTests.notice("Never mind"));
			tx.setRollbackOnly();
		});

		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from notification", Integer.class)).isZero();
	}

	@Test
	void aFailingSmtpServerKeepsTheCallersWorkAndTheNotificationAndRecordsTheFailure() {
		NotificationService service = serviceSendingTo(EmailNotificationTests.unusedPort());

		inCallersTransaction(() -> {
			service.notifyUsers(List.of("manager"), NotificationIntegrationTests.notice("Escalation: CHG-000042"));
			this.jdbc.update("update app_user set display_name = 'Morgan M.' where username = 'manager'");
		});

		assertThat(
				this.jdbc.queryForObject("select display_name from app_user where username = 'manager'", String.class))
			.as("the caller's own work committed")
			.isEqualTo("Morgan M.");
		Map<String, Object> row = row("manager");
		assertThat(row).containsEntry("subject", "Escalation: CHG-000042").containsEntry("delivery_status", "FAILED");
		assertThat((String) row.get("last_error")).startsWith("EmailNotifier: ").contains("MailSendException");
		assertThat(signedIn("manager").get("/api/notifications/unread-count").json().path("count").asInt())
			.isEqualTo(1);
	}

	@Test
	void someoneWithoutAnAddressGetsTheInAppNotificationOnly() {
		NotificationService service = serviceSendingTo(EmailNotificationTests.smtpPortOf(smtp));
		this.jdbc.update("update app_user set email = null where username = 'auditor'");

		inCallersTransaction(
				() -> service.notifyUsers(List.of("auditor", "oidc-only"), NotificationIntegrationTests.notice("FYI")));

		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(row("auditor")).containsEntry("delivery_status", "IN_APP_ONLY");
		assertThat(row("oidc-only")).containsEntry("delivery_status", "IN_APP_ONLY");
	}

	private NotificationService serviceSendingTo(int port) {
		EmailNotifier email = EmailNotificationTests.notifier(port, "https://changeflow.example.com");
		NotificationDelivery delivery = new NotificationDelivery(List.of(email), this.repository,
				this.transactionManager);
		return new NotificationService(this.repository, this.recipients, delivery);
	}

	/**
	 * What a job worker or service does: its own work and the notification, one
	 * transaction.
	 */
	private void inCallersTransaction(Runnable work) {
		new TransactionTemplate(this.transactionManager).executeWithoutResult((tx) -> work.run());
	}

	private Map<String, Object> row(String username) {
		return this.jdbc.queryForMap("select subject, delivery_status, last_error from notification where username = ?",
				username);
	}

}
