package io.changeflow.release;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReleaseRepository extends JpaRepository<Release, UUID> {

	Optional<Release> findByKey(String key);

	boolean existsByKey(String key);

	List<Release> findAllByOrderByCreatedAtDesc();

	@Query("select r.key from Release r where r.state not in :finalStates order by r.createdAt")
	List<String> findKeysByStateNotIn(Collection<ReleaseState> finalStates);

	/** The open release a change belongs to, if any. */
	@Query("select m.release.key from ReleaseMember m where m.changeKey = :changeKey and m.releaseOpen = true")
	List<String> openReleaseOf(String changeKey);

	@Query("select m.changeKey from ReleaseMember m where m.releaseOpen = true")
	List<String> changesInOpenReleases();

}
