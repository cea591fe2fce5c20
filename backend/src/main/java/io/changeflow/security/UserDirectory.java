package io.changeflow.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is who: the other features look people up here (approvers of a role or group,
 * whether an implementer exists) instead of reading the user tables.
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

	private final AppUserRepository users;

	UserDirectory(AppUserRepository users) {
		this.users = users;
	}

	/**
	 * Finds a user.
	 * @param username the login name
	 * @return the user, if there is one
	 */
	public Optional<DirectoryUser> find(String username) {
		return this.users.findByUsername(username).map(UserDirectory::toDirectoryUser);
	}

	public boolean exists(String username) {
		return this.users.findByUsername(username).isPresent();
	}

	/**
	 * The users holding a role, by username.
	 * @param role the role
	 * @return their usernames, sorted
	 */
	public List<String> withRole(Role role) {
		return this.users.usernamesWithRole(role);
	}

	/**
	 * The members of a group (a service-owning team or an approval group such as dba).
	 * @param group the group name
	 * @return their usernames, sorted
	 */
	public List<String> inGroup(String group) {
		return this.users.usernamesInGroup(group);
	}

	/**
	 * Everybody, by name: one query.
	 * @return username and display name of every user, sorted by display name
	 */
	List<PeopleController.Person> people() {
		// Roles and groups are lazy and not touched: one query.
		return this.users.findAll(Sort.by("displayName", "username"))
			.stream()
			.map((user) -> new PeopleController.Person(user.username(), user.displayName()))
			.toList();
	}

	private static DirectoryUser toDirectoryUser(AppUser user) {
		return new DirectoryUser(user.username(), user.displayName(), user.roles().stream().sorted().toList(),
				user.groups().stream().sorted().toList());
	}

	/**
	 * A person as other features see them.
	 *
	 * @param username the login name
	 * @param displayName the name people read
	 * @param roles their roles
	 * @param groups their groups
	 */
	public record DirectoryUser(String username, String displayName, List<Role> roles, List<String> groups) {
	}

}
