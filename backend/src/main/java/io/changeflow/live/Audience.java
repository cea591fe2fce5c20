package io.changeflow.live;

import java.util.Set;

/**
 * Who may receive a live event: everyone signed in, or the named people and the holders
 * of the named roles. Plain data, so it travels with the event to the other replicas.
 *
 * @param everyone every signed-in person
 * @param users login names
 * @param roles role names, without the {@code ROLE_} prefix
 */
public record Audience(boolean everyone, Set<String> users, Set<String> roles) {

	public Audience {
		users = Set.copyOf(users);
		roles = Set.copyOf(roles);
	}

	/** Every signed-in person. */
	public static Audience anyoneSignedIn() {
		return new Audience(true, Set.of(), Set.of());
	}

	/** The people named and the holders of the roles. */
	public static Audience of(Set<String> users, Set<String> roles) {
		return new Audience(false, users, roles);
	}

	/**
	 * Whether the viewer is in it.
	 * @param viewer a person listening
	 * @return true when they may receive the event
	 */
	public boolean admits(Viewer viewer) {
		return this.everyone || this.users.contains(viewer.username()) || viewer.hasAnyRole(this.roles);
	}

}
