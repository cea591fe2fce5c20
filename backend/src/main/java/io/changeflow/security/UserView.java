package io.changeflow.security;

import java.util.List;

/**
 * The signed-in user as the API shows it.
 *
 * @param username the login name
 * @param displayName the name people read
 * @param roles the roles, which decide the navigation
 */
public record UserView(String username, String displayName, List<Role> roles) {
}
