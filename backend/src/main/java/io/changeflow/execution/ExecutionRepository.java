package io.changeflow.execution;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ExecutionRepository extends JpaRepository<Execution, UUID> {

	/**
	 * Inserts the row of a step unless the step has one; concurrent deliveries of the
	 * same job end up with one row.
	 */
	@Modifying
	@Query(value = """
			insert into execution (id, release_key, action, wave, element_instance_key, idempotency_key, executor,
			                       status, started_at, request)
			values (:id, :releaseKey, :action, :wave, :elementInstanceKey, :idempotencyKey, :executor,
			        'RUNNING', :startedAt, cast(:request as jsonb))
			on conflict (idempotency_key) do nothing""", nativeQuery = true)
	int insertIfAbsent(@Param("id") UUID id, @Param("releaseKey") String releaseKey, @Param("action") String action,
			@Param("wave") String wave, @Param("elementInstanceKey") Long elementInstanceKey,
			@Param("idempotencyKey") String idempotencyKey, @Param("executor") String executor,
			@Param("startedAt") Instant startedAt, @Param("request") String request);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Execution e where e.idempotencyKey = :key")
	Optional<Execution> lockByIdempotencyKey(@Param("key") String key);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Execution e where e.id = :id")
	Optional<Execution> lockById(@Param("id") UUID id);

	List<Execution> findByReleaseKeyOrderByStartedAtAscIdAsc(String releaseKey);

	List<Execution> findByStatusAndExecutor(ExecutionStatus status, String executor);

}
