package io.changeflow.security;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds one demo user per role on the first start of the default mode. They share one
 * password: generated, printed once and stored hashed, or taken from
 * {@code CHANGEFLOW_DEMO_PASSWORD} for scripted demos. Later starts find the users and do
 * nothing.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "changeflow.demo.seed", havingValue = "true")
class DemoUsers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	/**
	 * cab1 is the DBA, cab2 the security officer, cab3 speaks for the service-owning
	 * teams.
	 */
	static final List<DemoUser> ALL = List.of(new DemoUser("requester", "Riley Requester", Role.REQUESTER, Set.of()),
			new DemoUser("manager", "Morgan Manager", Role.CHANGE_MANAGER, Set.of()),
			new DemoUser("cab1", "Casey Cab", Role.CAB_MEMBER, Set.of("dba")),
			new DemoUser("cab2", "Charlie Cab", Role.CAB_MEMBER, Set.of("security")),
			new DemoUser("cab3", "Cameron Cab", Role.CAB_MEMBER, Set.of("commerce", "platform", "network")),
			new DemoUser("ecab", "Emery Ecab", Role.ECAB_MEMBER, Set.of()),
			new DemoUser("releng", "Robin Release", Role.RELEASE_ENGINEER, Set.of()),
			// A second release engineer accepts what the first built (segregation of
			// duties).
			new DemoUser("releng2", "Rowan Release", Role.RELEASE_ENGINEER, Set.of()),
			new DemoUser("auditor", "Avery Auditor", Role.AUDITOR, Set.of()),
			new DemoUser("admin", "Alex Admin", Role.ADMIN, Set.of()));

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final String configuredPassword;

	DemoUsers(AppUserRepository users, PasswordEncoder passwordEncoder,
			@Value("${changeflow.demo.password:}") String configuredPassword) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.configuredPassword = configuredPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		boolean generated = this.configuredPassword.isBlank();
		String password = generated ? generatePassword() : this.configuredPassword;
		String hash = this.passwordEncoder.encode(password);
		ALL.forEach((user) -> this.users
			.save(new AppUser(user.username(), user.displayName(), hash, Set.of(user.role()), user.groups())));
		String shown = generated ? password : "(the value of CHANGEFLOW_DEMO_PASSWORD)";
		log.warn("""

				================================================================
				 Demo users created: {}
				 Password for all of them: {}
				 It is shown only this once and stored hashed. Note it down.
				================================================================""",
				String.join(", ", ALL.stream().map(DemoUser::username).toList()), shown);
	}

	private static String generatePassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	record DemoUser(String username, String displayName, Role role, Set<String> groups) {
	}

}
