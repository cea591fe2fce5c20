package io.changeflow.release;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RolloutOverrideRepository extends JpaRepository<RolloutOverride, UUID> {

	List<RolloutOverride> findByReleaseIdOrderByRecordedAt(UUID releaseId);

	/**
	 * The overrides recorded for the releases that bundle a change, newest first: a
	 * pipeline deploying the change deploys it as part of one of them.
	 */
	@Query(value = """
			select o.* from rollout_override o
			join release_change m on m.release_id = o.release_id
			where m.change_key = ?1
			order by o.recorded_at desc""", nativeQuery = true)
	List<RolloutOverride> forChange(String changeKey);

}
