package io.changeflow.security;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUserRepository extends JpaRepository<AppUser, UUID> {

	Optional<AppUser> findByUsername(String username);

	/**
	 * One query, however many people there are (loading them all cost two per person).
	 */
	@Query("select u.username from AppUser u join u.roles r where r = :role order by u.username")
	List<String> usernamesWithRole(Role role);

	@Query("select u.username from AppUser u join u.groups g where g = :group order by u.username")
	List<String> usernamesInGroup(String group);

}
