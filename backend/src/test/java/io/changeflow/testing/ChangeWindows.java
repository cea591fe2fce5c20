package io.changeflow.testing;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Time passes until the approved windows of a release's changes open. Tests plan changes
 * weeks ahead (a window in the past is refused at submission) and cannot wait for them,
 * while a rollout starts only inside the windows of its changes: just before a test
 * starts a rollout, the windows move to contain now, as if the clock had reached them.
 */
public final class ChangeWindows {

	private ChangeWindows() {
	}

	/**
	 * Moves the windows of the release's changes to an hour ago until three hours from
	 * now.
	 * @param jdbc the app's database
	 * @param releaseKey the release about to roll out
	 */
	public static void openNow(JdbcTemplate jdbc, String releaseKey) {
		jdbc.update("""
				update change_request
				set planned_start = now() - interval '1 hour', planned_end = now() + interval '3 hours'
				where change_key in (select m.change_key from release_change m
				    join software_release r on r.id = m.release_id where r.release_key = ?)""", releaseKey);
	}

}
