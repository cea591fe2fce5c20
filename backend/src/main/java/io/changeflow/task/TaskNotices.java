package io.changeflow.task;

import io.changeflow.notification.Notice;
import io.changeflow.notification.NotificationService;
import io.changeflow.security.Role;
import io.changeflow.security.UserDirectory;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Tells people a task waits for them: the assignee, or everyone who may take it.
 */
@Component
class TaskNotices {

	private final NotificationService notifications;

	private final UserDirectory users;

	TaskNotices(NotificationService notifications, UserDirectory users) {
		this.notifications = notifications;
		this.users = users;
	}

	void taskOpened(HumanTask task, OpenedTask opened) {
		Set<String> recipients = new LinkedHashSet<>();
		if (opened.assignee() != null) {
			recipients.add(opened.assignee());
		}
		else {
			recipients.addAll(opened.candidateUsers());
			opened.candidateGroups()
				.forEach((group) -> roleOf(group).ifPresent((role) -> recipients.addAll(this.users.withRole(role))));
		}
		String kind = switch (task.kind()) {
			case CAB_VOTE, ECAB_APPROVAL -> "VOTE_REQUESTED";
			case DECIDE_ESCALATED -> "ESCALATION";
			case PROVIDE_INFORMATION -> "INFORMATION_REQUESTED";
			default -> "TASK";
		};
		String subject = "%s: %s".formatted(opened.businessKey(), opened.title());
		String body = "%s waits for you in %s \"%s\".".formatted(opened.title(), opened.businessKey(),
				(opened.businessTitle() != null) ? opened.businessTitle() : "");
		Notice notice = new Notice(kind, subject, body, "/inbox/" + task.id(), opened.businessKey())
			.withDedupKey(HumanTaskOpened.noticeDedupKeyOf(task.id()));
		this.notifications.notifyUsers(recipients, notice);
	}

	void taskDelegated(HumanTask task, String by, String comment) {
		String body = "%s handed you \"%s\" in %s.%s".formatted(by, task.title(), task.businessKey(),
				(comment == null || comment.isBlank()) ? "" : " " + comment.strip());
		Notice notice = new Notice("TASK", "%s: %s".formatted(task.businessKey(), task.title()), body,
				"/inbox/" + task.id(), task.businessKey())
			.withDedupKey("task:" + task.id() + ":delegated:" + task.assignee());
		this.notifications.notifyUsers(Set.of(task.assignee()), notice);
	}

	private static java.util.Optional<Role> roleOf(String group) {
		try {
			return java.util.Optional.of(Role.valueOf(group));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

}
