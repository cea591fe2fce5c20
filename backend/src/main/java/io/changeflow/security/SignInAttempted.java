package io.changeflow.security;

/**
 * Someone tried to sign in with a password (published after the attempt; nothing else
 * happens in the same transaction).
 *
 * @param username the name given (the person's, when it succeeded)
 * @param succeeded whether the password was right
 * @param address the client address
 */
public record SignInAttempted(String username, boolean succeeded, String address) {
}
