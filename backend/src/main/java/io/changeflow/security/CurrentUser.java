package io.changeflow.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as Spring Security sees it, with the display name the UI shows.
 *
 * @param username the login name
 * @param displayName the name people read
 * @param password the password hash (only while authenticating)
 * @param roles the roles
 */
record CurrentUser(String username, String displayName, String password, List<Role> roles) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map(Role::authority).toList();
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	UserView view() {
		return new UserView(this.username, this.displayName, this.roles);
	}

}
