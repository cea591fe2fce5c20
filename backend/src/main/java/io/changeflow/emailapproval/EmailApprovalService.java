package io.changeflow.emailapproval;

import io.changeflow.change.ChangeQueries;
import io.changeflow.change.ChangeView;
import io.changeflow.platform.ApiException;
import io.changeflow.security.UserDirectory;
import io.changeflow.security.UserDirectory.DirectoryUser;
import io.changeflow.task.HumanTaskService;
import io.changeflow.task.TaskDecision;
import io.changeflow.task.TaskView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues approval links and decides tasks through them. The token is the credential: it
 * must carry this app's signature and name an issued, unused, unexpired link; the
 * decision then goes through {@link HumanTaskService#complete} as the approver, so the
 * inbox's rules (who may vote, segregation of duties, one decision per task) hold here
 * too.
 */
@Service
class EmailApprovalService {

	/** Recorded with the comment, so the change's timeline shows how the vote came in. */
	static final String VIA_EMAIL = "via email link";

	private final EmailApprovalLinkRepository links;

	private final SigningKey key;

	private final HumanTaskService tasks;

	private final ChangeQueries changes;

	private final UserDirectory users;

	EmailApprovalService(EmailApprovalLinkRepository links, SigningKey key, HumanTaskService tasks,
			ChangeQueries changes, UserDirectory users) {
		this.links = links;
		this.key = key;
		this.tasks = tasks;
		this.changes = changes;
		this.users = users;
	}

	/** Records a link for the approver and returns its signed token. */
	@Transactional
	String issue(UUID taskId, String approver, Instant expiresAt) {
		EmailApprovalLink link = this.links.save(new EmailApprovalLink(taskId, approver, expiresAt));
		return this.key.tokens().sign(link.claims());
	}

	/** What the link decides and whether it still can; changes nothing. */
	@Transactional(readOnly = true)
	EmailApprovalView summary(String token) {
		EmailApprovalLink link = link(token, false);
		Optional<DirectoryUser> approver = this.users.find(link.approver());
		TaskView task = this.tasks.get(link.taskId(), link.approver(), roles(approver));
		String problem = link.unusableBecause(Instant.now());
		if (problem == null && approver.isEmpty()) {
			problem = "The account of " + link.approver() + " no longer exists";
		}
		if (problem == null && !task.allowedToComplete()) {
			problem = task.notAllowedReason();
		}
		return new EmailApprovalView(summaryOf(task), link.approver(),
				approver.map(DirectoryUser::displayName).orElse(link.approver()), link.usedDecision(), link.expiresAt(),
				problem == null, problem);
	}

	/**
	 * Completes the link's task as its approver and uses the link up (with its siblings
	 * for the same task and approver). A refused or failing decision leaves the link
	 * unused.
	 */
	@Transactional
	EmailApprovalResult decide(String token, EmailDecision body, String ip, String userAgent) {
		EmailApprovalLink link = link(token, true);
		Instant now = Instant.now();
		String unusable = link.unusableBecause(now);
		if (unusable != null) {
			throw new ApiException(HttpStatus.GONE, "Link no longer valid", unusable, null);
		}
		String comment = (body.comment() == null || body.comment().isBlank()) ? null : body.comment().strip();
		// Checked here because the note added below would otherwise count as a comment.
		if ("reject".equals(body.decision()) && comment == null) {
			throw ApiException.invalid("comment", "is required to reject");
		}
		DirectoryUser approver = this.users.find(link.approver())
			.orElseThrow(() -> new ApiException(HttpStatus.FORBIDDEN, "Not allowed",
					"The account of " + link.approver() + " no longer exists", null));
		// Used up first, so the engine call inside complete() is the last step: whatever
		// fails before it rolls the link back to unused.
		this.links.useUp(link.taskId(), link.approver(), now, body.decision(), ip, userAgent);
		String recorded = (comment != null) ? comment + " (" + VIA_EMAIL + ")" : VIA_EMAIL;
		TaskView done = this.tasks.complete(link.taskId(), link.approver(), roles(Optional.of(approver)),
				new TaskDecision(body.decision(), recorded, null, null, null, null, null, null));
		return new EmailApprovalResult(done.changeKey(), body.decision(), link.approver(), now);
	}

	/** The issued link the token names; 401 for a token this app did not sign. */
	private EmailApprovalLink link(String token, boolean lock) {
		LinkClaims claims = this.key.tokens()
			.verify(token)
			.orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "Invalid link",
					"This approval link is not valid: it is incomplete or was changed", null));
		Optional<EmailApprovalLink> link = lock ? this.links.lockById(claims.linkId())
				: this.links.findById(claims.linkId());
		if (link.isEmpty()) {
			throw new ApiException(HttpStatus.GONE, "Link no longer valid", "This approval link is no longer known",
					null);
		}
		if (!link.get().matches(claims)) {
			throw new ApiException(HttpStatus.UNAUTHORIZED, "Invalid link",
					"This approval link is not valid: it is incomplete or was changed", null);
		}
		return link.get();
	}

	private EmailApprovalView.TaskSummary summaryOf(TaskView task) {
		ChangeView change = this.changes.get(task.changeKey());
		return new EmailApprovalView.TaskSummary(task.changeKey(), task.changeTitle(), task.kind().name(), task.title(),
				task.priority(), change.plannedStart(), change.plannedEnd(),
				(change.risk() != null) ? change.risk().name() : null, task.state().name(), task.completedBy());
	}

	private static List<String> roles(Optional<DirectoryUser> user) {
		return user.map((found) -> found.roles().stream().map(Enum::name).toList()).orElse(List.of());
	}

}
