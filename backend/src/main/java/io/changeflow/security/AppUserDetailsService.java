package io.changeflow.security;

import java.util.List;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AppUserDetailsService implements UserDetailsService {

	private final AppUserRepository users;

	AppUserDetailsService(AppUserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public CurrentUser loadUserByUsername(String username) {
		return this.users.findByUsername(username)
			.map((user) -> new CurrentUser(user.username(), user.displayName(), user.passwordHash(),
					List.copyOf(user.roles().stream().sorted().toList())))
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

}
