package io.changeflow.change;

import io.changeflow.engine.ProcessHandle;
import io.changeflow.platform.ApiException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.support.TransactionSynchronizationManager;

interface ChangeRepository extends JpaRepository<ChangeRequest, UUID>, JpaSpecificationExecutor<ChangeRequest> {

	Optional<ChangeRequest> findByKey(String key);

	List<ChangeRequest> findAllByKeyIn(java.util.Collection<String> keys);

	/**
	 * The change, locked until the transaction ends: the process's steps (several job
	 * workers at once) and people's edits of one change take turns instead of failing on
	 * each other's version. {@code no key update} leaves timeline inserts unblocked.
	 */
	@Query(value = "select * from change_request where change_key = :key for no key update", nativeQuery = true)
	Optional<ChangeRequest> lockByKey(String key);

	/**
	 * The change for the work at hand: read-only work reads, work that may write takes
	 * the change's row lock first.
	 * @throws ApiException 404 when there is no such change
	 */
	default ChangeRequest require(String key) {
		var change = TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? findByKey(key) : lockByKey(key);
		return change.orElseThrow(() -> ApiException.notFound("change", key));
	}

	/**
	 * Records the engine's handle of the run the change follows, unless one is recorded:
	 * a handle, not business state, so no version bump and no contention.
	 */
	@Modifying
	@Query(value = """
			update change_request set process_instance_key = :instance, model_version = :modelVersion
			where change_key = :key""", nativeQuery = true)
	int recordHandle(String key, long instance, Integer modelVersion);

	List<ChangeRequest> findByStateOrderByKey(ChangeState state);

	List<ChangeRequest> findByImplementedAtGreaterThanEqualAndImplementedAtLessThanOrderByImplementedAtAscKeyAsc(
			Instant from, Instant to);

	@Query("select c.key from ChangeRequest c where c.state in :states order by c.key")
	List<String> findKeysByStateIn(Collection<ChangeState> states);

	boolean existsByKey(String key);

	@Query("""
			select new io.changeflow.engine.ProcessHandle(c.key, c.currentStep, c.processInstanceKey, c.updatedAt,
			       'change_request', c.modelVersion)
			from ChangeRequest c where c.state in :states order by c.key""")
	List<ProcessHandle> findHandlesByStateIn(Collection<ChangeState> states);

	@Query(value = "select nextval('change_request_number')", nativeQuery = true)
	long nextNumber();

	/** Other changes in the states whose planned window overlaps the given one. */
	@Query("""
			select c from ChangeRequest c
			where c.state in :states and c.key <> :key
			  and c.details.plannedStart < :end and c.details.plannedEnd > :start
			order by c.key""")
	List<ChangeRequest> inWindow(Collection<ChangeState> states, String key, OffsetDateTime start, OffsetDateTime end);

	/**
	 * Appends a person's decision to the timeline without touching the change's row, so
	 * decisions never contend with the process's own updates or with each other.
	 */
	@Modifying
	@Query(value = """
			insert into change_step (change_id, at, element_id, step_name, actor, outcome, detail)
			select id, :at, :elementId, :stepName, :actor, :outcome, :detail
			from change_request where change_key = :key""", nativeQuery = true)
	int appendDecision(String key, Instant at, String elementId, String stepName, String actor, String outcome,
			String detail);

	/**
	 * The first other change in the states that the same requester filed with the same
	 * title (ignoring case and whitespace) and the same set of CIs. The title expression
	 * is the one indexed in {@code V42__duplicate_check_index.sql}.
	 */
	@Query(value = """
			select other.change_key from change_request other
			where other.requester = :requester and other.state in (:states) and other.change_key <> :key
			  and lower(btrim(regexp_replace(other.title, '\\s+', ' ', 'g')))
			      = lower(btrim(regexp_replace(:title, '\\s+', ' ', 'g')))
			  and other.affected_cis @> cast(:cis as text[]) and other.affected_cis <@ cast(:cis as text[])
			order by other.change_key
			limit 1""", nativeQuery = true)
	Optional<String> findOpenDuplicate(String key, String requester, String title, String[] cis,
			Collection<String> states);

	/**
	 * The changes in the states that name the item and whose planned window, stretched to
	 * {@code notAfterEnd} past its end, contains the moment: latest start first.
	 */
	@Query(value = """
			select change_key from change_request
			where state in (:states) and :ciKey = any(affected_cis)
			  and planned_start <= :at and planned_end >= :endNotBefore
			order by planned_start desc, change_key""", nativeQuery = true)
	List<String> coveringKeys(Collection<String> states, String ciKey, OffsetDateTime at, OffsetDateTime endNotBefore);

	/** The changes in the states that name the item, by key. */
	@Query(value = """
			select change_key from change_request
			where state in (:states) and :ciKey = any(affected_cis)
			order by change_key""", nativeQuery = true)
	List<String> keysTouching(Collection<String> states, String ciKey);

}
