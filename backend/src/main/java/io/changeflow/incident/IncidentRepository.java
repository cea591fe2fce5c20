package io.changeflow.incident;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface IncidentRepository extends Repository<Incident, UUID> {

	/**
	 * Records a job out of retries. The same job failing again (after a retry, or on
	 * another replica) reopens its row instead of adding one.
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into incident (id, business_key, element_id, job_type, job_key, process_instance_key,
			    engine_epoch, error_message, created_at, failed_at, failures, state)
			values (:id, :businessKey, :elementId, :jobType, :jobKey, :processInstanceKey, :epoch, :errorMessage,
			    :at, :at, 1, 'OPEN')
			on conflict (engine_epoch, job_key) do update
			set error_message = excluded.error_message, failed_at = excluded.failed_at,
			    failures = incident.failures + 1, state = 'OPEN',
			    resolved_by = null, resolved_at = null, resolution = null""")
	void upsert(@Param("id") UUID id, @Param("businessKey") String businessKey, @Param("elementId") String elementId,
			@Param("jobType") String jobType, @Param("jobKey") long jobKey,
			@Param("processInstanceKey") long processInstanceKey, @Param("epoch") String epoch,
			@Param("errorMessage") String errorMessage, @Param("at") Instant at);

	Optional<Incident> findByEngineEpochAndJobKey(String engineEpoch, long jobKey);

	Optional<Incident> findById(UUID id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Incident i where i.id = :id")
	Optional<Incident> lockById(@Param("id") UUID id);

	@Query("""
			select i from Incident i
			where (:state is null or i.state = :state) and (:businessKey is null or i.businessKey = :businessKey)
			order by i.failedAt desc""")
	List<Incident> find(@Param("state") IncidentState state, @Param("businessKey") String businessKey,
			org.springframework.data.domain.Limit limit);

}
