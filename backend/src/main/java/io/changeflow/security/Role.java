package io.changeflow.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The roles of Changeflow. A user may hold several; segregation of duties is checked per
 * change, not by withholding roles.
 */
public enum Role {

	REQUESTER, CHANGE_MANAGER, CAB_MEMBER, ECAB_MEMBER, RELEASE_ENGINEER, AUDITOR, ADMIN;

	GrantedAuthority authority() {
		return new SimpleGrantedAuthority("ROLE_" + name());
	}

}
