package io.changeflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.changeflow.testing.ApiSession.Response;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks that a call left exactly one audit row by its caller. The process and its
 * workers may add rows of their own afterwards; those are by system actors.
 */
public final class AuditRows {

	private final JdbcTemplate jdbc;

	public AuditRows(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Makes the call and asserts it succeeded and appended exactly one row by the actor,
	 * with the action.
	 * @param actor the username (or system worker) the row must name
	 * @param action the expected event name
	 * @param call the request
	 * @return its response
	 */
	public Response expectOne(String actor, String action, Supplier<Response> call) {
		long before = head();
		Response response = call.get();
		assertThat(response.status()).as(action + ": " + response).isBetween(200, 299);
		List<String> actions = this.jdbc.queryForList(
				"select action from audit_event where seq > ? and actor = ? order by seq", String.class, before, actor);
		assertThat(actions).as("audit rows by %s for %s", actor, action).containsExactly(action);
		return response;
	}

	/** The newest sequence number (0 for an empty log). */
	public long head() {
		return this.jdbc.queryForObject("select coalesce(max(seq), 0) from audit_event", Long.class);
	}

}
