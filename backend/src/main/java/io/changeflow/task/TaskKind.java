package io.changeflow.task;

import io.changeflow.approval.Duty;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of task people get, by the form key the BPMN gives the user task.
 */
public enum TaskKind {

	PROVIDE_INFORMATION("provide-information", Duty.OTHER), REVIEW_RFC("review-rfc", Duty.REVIEW),
	CAB_VOTE("cab-vote", Duty.APPROVE), ECAB_APPROVAL("ecab-approval", Duty.APPROVE),
	DECIDE_ESCALATED("decide-escalated-change", Duty.REVIEW), RESOLVE_CONFLICT("resolve-schedule-conflict", Duty.OTHER),
	READY_FOR_RELEASE("ready-for-release", Duty.OTHER), PIR("post-implementation-review", Duty.REVIEW),
	ACCEPT_RELEASE("accept-release", Duty.APPROVE), REVIEW_ROLLOUT_PLAN("review-rollout-plan", Duty.REVIEW),
	START_ROLLOUT("start-rollout", Duty.OTHER), GO_NO_GO("go-no-go", Duty.OTHER), OTHER("", Duty.OTHER);

	private final String form;

	private final Duty duty;

	TaskKind(String form, Duty duty) {
		this.form = form;
		this.duty = duty;
	}

	Duty duty() {
		return this.duty;
	}

	static TaskKind ofFormKey(String formKey) {
		String form = (formKey == null) ? "" : formKey.replaceFirst("^changeflow:", "");
		Optional<TaskKind> kind = Arrays.stream(values()).filter((k) -> k.form.equals(form)).findFirst();
		return kind.orElse(OTHER);
	}

}
