package io.changeflow.cmdb;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CiRelationRepository extends JpaRepository<CiRelation, UUID> {

	List<CiRelation> findBySourceIdOrTargetId(UUID sourceId, UUID targetId);

	Optional<CiRelation> findBySourceIdAndTargetIdAndType(UUID sourceId, UUID targetId, RelationType type);

	/**
	 * Adds the relation unless it is there: of two admins adding it at once, one adds it
	 * and the other finds it added.
	 * @return 1 when added, 0 when it was there
	 */
	@Modifying
	@Query(value = """
			insert into ci_relation (id, source_id, target_id, type, created_by, created_at)
			values (gen_random_uuid(), :source, :target, :type, :actor, now())
			on conflict on constraint ci_relation_once do nothing""", nativeQuery = true)
	int addIfAbsent(UUID source, UUID target, String type, String actor);

}
