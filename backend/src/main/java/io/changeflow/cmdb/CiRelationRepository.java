package io.changeflow.cmdb;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CiRelationRepository extends JpaRepository<CiRelation, UUID> {

	List<CiRelation> findBySourceIdOrTargetId(UUID sourceId, UUID targetId);

	Optional<CiRelation> findBySourceIdAndTargetIdAndType(UUID sourceId, UUID targetId, RelationType type);

}
