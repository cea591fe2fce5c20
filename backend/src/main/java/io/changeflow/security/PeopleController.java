package io.changeflow.security;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people directory: pages show names, while records keep usernames (a username is the
 * identity an approval or a step is recorded under; a name can change).
 */
@RestController
class PeopleController {

	private final UserDirectory directory;

	PeopleController(UserDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/api/people")
	List<Person> people() {
		return this.directory.people();
	}

	/**
	 * A person as pages name them.
	 *
	 * @param username the login name records carry
	 * @param displayName the name people read
	 */
	record Person(String username, String displayName) {
	}

}
