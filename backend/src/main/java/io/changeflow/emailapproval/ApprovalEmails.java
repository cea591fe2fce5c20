package io.changeflow.emailapproval;

import io.changeflow.approval.Duty;
import io.changeflow.approval.SegregationOfDuties;
import io.changeflow.notification.Notice;
import io.changeflow.notification.NotificationService;
import io.changeflow.security.Role;
import io.changeflow.security.UserDirectory;
import io.changeflow.task.HumanTaskOpened;
import io.changeflow.task.TaskKind;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a CAB vote or ECAB approval opens, each approver gets the "vote requested" notice
 * with an approve and a reject link of their own. The notice carries the task's notice
 * key, so it replaces the inbox's plain one for them instead of coming twice. People
 * segregation of duties keeps from approving get no links (they still get the plain
 * notice).
 */
@Component
class ApprovalEmails {

	private final EmailApprovalService approvals;

	private final NotificationService notifications;

	private final UserDirectory users;

	private final SegregationOfDuties duties;

	private final EmailApprovalSettings settings;

	private final String publicUrl;

	ApprovalEmails(EmailApprovalService approvals, NotificationService notifications, UserDirectory users,
			SegregationOfDuties duties, EmailApprovalSettings settings,
			@Value("${changeflow.public-url:http://localhost:8080}") String publicUrl) {
		this.approvals = approvals;
		this.notifications = notifications;
		this.users = users;
		this.duties = duties;
		this.settings = settings;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** Runs inside the opening transaction: no task row, no links, no email. */
	@EventListener
	void on(HumanTaskOpened opened) {
		if (opened.kind() != TaskKind.CAB_VOTE && opened.kind() != TaskKind.ECAB_APPROVAL) {
			return;
		}
		Instant expiresAt = Instant.now().plus(this.settings.ttl()).truncatedTo(ChronoUnit.SECONDS);
		for (String approver : approvers(opened)) {
			if (this.duties
				.refusal(Duty.APPROVE, approver, opened.businessKey(), opened.requester(), opened.implementer())
				.isPresent()) {
				continue;
			}
			String token = this.approvals.issue(opened.taskId(), approver, expiresAt);
			this.notifications.notifyUsers(List.of(approver), notice(opened, token, expiresAt));
		}
	}

	private Notice notice(HumanTaskOpened opened, String token, Instant expiresAt) {
		String link = this.publicUrl + "/approve/" + token + "?decision=";
		String body = """
				%s waits for you in %s "%s".

				Approve: %sapprove
				Reject:  %sreject

				Each link opens a page where you confirm (and, to reject, say why); nothing is \
				decided before that. The links are yours alone, work once and expire on %s.""".formatted(opened.title(),
				opened.businessKey(), (opened.businessTitle() != null) ? opened.businessTitle() : "", link, link,
				expiresAt);
		return new Notice("VOTE_REQUESTED", "%s: %s".formatted(opened.businessKey(), opened.title()), body,
				"/inbox/" + opened.taskId(), opened.businessKey())
			.withDedupKey(opened.noticeDedupKey());
	}

	private Set<String> approvers(HumanTaskOpened opened) {
		Set<String> approvers = new LinkedHashSet<>();
		if (opened.assignee() != null) {
			approvers.add(opened.assignee());
			return approvers;
		}
		approvers.addAll(opened.candidateUsers());
		opened.candidateGroups()
			.stream()
			.filter((group) -> Arrays.stream(Role.values()).anyMatch((role) -> role.name().equals(group)))
			.forEach((group) -> approvers.addAll(this.users.withRole(Role.valueOf(group))));
		return approvers;
	}

}
