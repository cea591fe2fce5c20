package io.changeflow.cmdb;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CiHistoryRepository extends JpaRepository<CiHistory, Long> {

	List<CiHistory> findByCiIdOrderByAtAscIdAsc(UUID ciId);

	boolean existsByCiIdAndReleaseKey(UUID ciId, String releaseKey);

}
