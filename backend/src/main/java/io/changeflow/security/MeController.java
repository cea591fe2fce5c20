package io.changeflow.security;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who am I: the UI builds its navigation from the answer.
 */
@RestController
class MeController {

	@GetMapping("/api/me")
	UserView me(Authentication authentication) {
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			return user.view();
		}
		String name = authentication.getName();
		if (authentication.getPrincipal() instanceof Jwt jwt && jwt.getClaimAsString("name") != null) {
			return new UserView(name, jwt.getClaimAsString("name"), roles(authentication));
		}
		return new UserView(name, name, roles(authentication));
	}

	private static List<Role> roles(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> Role.valueOf(authority.substring(5)))
			.sorted()
			.toList();
	}

}
