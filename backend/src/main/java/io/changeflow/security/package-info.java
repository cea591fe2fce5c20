/**
 * Who may do what: users and roles, session login with CSRF protection (default mode) or
 * OIDC bearer tokens (prod), and the authorisation rules of every API path.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package io.changeflow.security;
