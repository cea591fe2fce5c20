package io.changeflow.live;

import java.util.Collection;
import java.util.Set;

/**
 * A signed-in person listening for live events: who decides what they may receive.
 *
 * @param username the login name
 * @param roles their roles, without the {@code ROLE_} prefix
 */
public record Viewer(String username, Set<String> roles) {

	public Viewer {
		roles = Set.copyOf(roles);
	}

	/**
	 * Whether they hold at least one of the roles.
	 * @param wanted role names, without the {@code ROLE_} prefix
	 * @return true when one of them is theirs
	 */
	public boolean hasAnyRole(Collection<String> wanted) {
		return wanted.stream().anyMatch(this.roles::contains);
	}

}
