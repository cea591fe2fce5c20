package io.changeflow.notification;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Names and email addresses of the people to notify.
 */
@Component
class Recipients {

	private final JdbcTemplate jdbc;

	Recipients(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The recipients among the usernames that have a local account. {@code app_user}
	 * belongs to the security module, but its {@code email} column is this module's own
	 * (added by V5__notifications.sql) and this is a read only: a query here keeps the
	 * security module's API free of a column it does not use.
	 * @param usernames login names
	 * @return the known ones by username
	 */
	Map<String, Recipient> find(Collection<String> usernames) {
		Map<String, Recipient> found = new HashMap<>();
		this.jdbc.query("select username, display_name, email from app_user where username = any(?)",
				(statement) -> statement.setArray(1,
						statement.getConnection().createArrayOf("varchar", usernames.toArray())),
				(row) -> {
					String username = row.getString("username");
					found.put(username, new Recipient(username, row.getString("display_name"), row.getString("email")));
				});
		return found;
	}

}
