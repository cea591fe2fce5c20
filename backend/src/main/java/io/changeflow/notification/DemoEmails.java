package io.changeflow.notification;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives the demo users an address, {@code <username>@changeflow.local}, so email
 * notifications can be tried against a local mail catcher. Runs after the demo users are
 * created (they come after the migrations, on the first start) and fills only empty
 * addresses.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "changeflow.demo.seed", havingValue = "true")
class DemoEmails implements ApplicationRunner {

	static final List<String> DEMO_USERNAMES = List.of("requester", "manager", "cab1", "cab2", "cab3", "ecab", "releng",
			"releng2", "auditor", "admin");

	private final JdbcTemplate jdbc;

	DemoEmails(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		// The email column is this module's own (V5__notifications.sql), hence plain SQL.
		this.jdbc.update(
				"update app_user set email = username || '@changeflow.local' where email is null and username = any(?)",
				(statement) -> statement.setArray(1,
						statement.getConnection().createArrayOf("varchar", DEMO_USERNAMES.toArray())));
	}

}
