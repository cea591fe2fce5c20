package io.changeflow.whatchanged;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.lang.Nullable;

/**
 * Every change and release whose implementation ended in a period: implemented, backed
 * out or failed.
 *
 * @param from the first day (UTC)
 * @param to the last day (UTC), inclusive
 * @param changes the changes, by when their implementation ended
 * @param releases the releases, by when they ended
 */
public record WhatChanged(LocalDate from, LocalDate to, List<ChangeEntry> changes, List<ReleaseEntry> releases) {

	/**
	 * A change whose implementation ended in the period.
	 *
	 * @param key its key
	 * @param title its title
	 * @param changeClass standard, normal or emergency
	 * @param requester who asked for it
	 * @param implementedAt when its release implemented or backed it out
	 * @param outcome IMPLEMENTED, BACKED_OUT or FAILED
	 * @param outcomeDetail for a backed-out or failed change: at which wave and why
	 * @param state where it stands now
	 * @param cis the configuration items it touched
	 * @param approvals who approved (or rejected) it, oldest first; empty for a
	 * pre-approved standard change
	 * @param releases the releases that bundled it, oldest first
	 */
	@Schema(name = "WhatChangedChange")
	public record ChangeEntry(String key, String title, @Nullable String changeClass, String requester,
			Instant implementedAt, String outcome, @Nullable String outcomeDetail, String state, List<Ci> cis,
			List<Approval> approvals, List<String> releases) {
	}

	/**
	 * A release that ended in the period.
	 *
	 * @param key its key
	 * @param name its name
	 * @param endedAt when it ended
	 * @param outcome its final state: CLOSED (rolled out), BACKED_OUT, FAILED or REJECTED
	 * @param outcomeDetail for a backed-out or failed release: at which wave and why
	 * @param changes the changes it bundled
	 * @param cis the configuration items of those changes
	 * @param approvals who accepted it, approved its plan, started it and said go
	 * @param waves what happened to each wave, e.g. "staging: Deployed, then rolled back"
	 */
	@Schema(name = "WhatChangedRelease")
	public record ReleaseEntry(String key, String name, Instant endedAt, String outcome, @Nullable String outcomeDetail,
			List<String> changes, List<Ci> cis, List<Approval> approvals, List<String> waves) {
	}

	/**
	 * A configuration item.
	 *
	 * @param key its key, e.g. CI-00003
	 * @param name its name
	 */
	@Schema(name = "WhatChangedCi")
	public record Ci(String key, @Nullable String name) {
	}

	/**
	 * A person's decision on an approval task.
	 *
	 * @param approver the username
	 * @param role the role the decision counts for, e.g. CAB_MEMBER
	 * @param task what they decided on, e.g. CAB_VOTE, ECAB_APPROVAL, REVIEW_RFC
	 * @param decision what they decided, e.g. approve
	 * @param at when
	 * @param comment their comment, or null
	 */
	@Schema(name = "WhatChangedApproval")
	public record Approval(String approver, @Nullable String role, String task, @Nullable String decision,
			@Nullable Instant at, @Nullable String comment) {
	}

}
