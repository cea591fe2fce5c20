package io.changeflow.change;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface ChangeRepository extends JpaRepository<ChangeRequest, UUID>, JpaSpecificationExecutor<ChangeRequest> {

	Optional<ChangeRequest> findByKey(String key);

	List<ChangeRequest> findByStateOrderByKey(ChangeState state);

	@Query("select c.key from ChangeRequest c where c.state in :states order by c.key")
	List<String> findKeysByStateIn(Collection<ChangeState> states);

	boolean existsByKey(String key);

	@Query(value = "select nextval('change_request_number')", nativeQuery = true)
	long nextNumber();

	/** Other changes in the states whose planned window overlaps the given one. */
	@Query("""
			select c from ChangeRequest c
			where c.state in :states and c.key <> :key
			  and c.details.plannedStart < :end and c.details.plannedEnd > :start
			order by c.key""")
	List<ChangeRequest> inWindow(Collection<ChangeState> states, String key, OffsetDateTime start, OffsetDateTime end);

	List<ChangeRequest> findByRequesterAndStateInAndKeyNotOrderByKey(String requester, Collection<ChangeState> states,
			String key);

}
