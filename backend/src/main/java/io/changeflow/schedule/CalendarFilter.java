package io.changeflow.schedule;

import org.springframework.lang.Nullable;

import java.util.Set;

/**
 * Which changes (and with them which releases and windows) a calendar shows; every part
 * that is set must match.
 *
 * @param ci only changes touching this item
 * @param service only changes whose impact reaches this item (a business service)
 * @param team only changes touching an item this owner group owns
 * @param person only changes this person requested or implements, or that touch an item
 * one of {@code personTeams} owns
 * @param personTeams the person's teams
 */
record CalendarFilter(@Nullable String ci, @Nullable String service, @Nullable String team, @Nullable String person,
		Set<String> personTeams) {

	static final CalendarFilter NONE = new CalendarFilter(null, null, null, null, Set.of());

	boolean filtersChanges() {
		return this.ci != null || this.service != null || this.team != null || this.person != null;
	}

}
