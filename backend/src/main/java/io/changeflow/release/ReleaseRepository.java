package io.changeflow.release;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.time.Instant;
import io.changeflow.platform.ApiException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.support.TransactionSynchronizationManager;

interface ReleaseRepository extends JpaRepository<Release, UUID>, JpaSpecificationExecutor<Release> {

	Optional<Release> findByKey(String key);

	/**
	 * The release, locked until the transaction ends: parallel steps of its process
	 * (acceptance branches, waves) and people's actions take turns instead of failing on
	 * each other's version.
	 */
	@Query(value = "select * from software_release where release_key = :key for no key update", nativeQuery = true)
	Optional<Release> lockByKey(String key);

	/**
	 * The release for the work at hand: read-only work reads, work that may write takes
	 * the release's row lock first.
	 * @throws ApiException 404 when there is no such release
	 */
	default Release require(String key) {
		var release = TransactionSynchronizationManager.isCurrentTransactionReadOnly() ? findByKey(key)
				: lockByKey(key);
		return release.orElseThrow(() -> ApiException.notFound("release", key));
	}

	/** Records the engine's handle of its process: a handle, so no version bump. */
	@Modifying
	@Query(value = """
			update software_release set process_instance_key = :instance, model_version = :modelVersion
			where release_key = :key""", nativeQuery = true)
	int recordHandle(String key, long instance, Integer modelVersion);

	boolean existsByKey(String key);

	List<Release> findByEndedAtGreaterThanEqualAndEndedAtLessThanOrderByEndedAtAscKeyAsc(Instant from, Instant to);

	/** The releases that bundle or bundled a change, oldest first. */
	@Query("select m.release from ReleaseMember m where m.changeKey = :changeKey order by m.release.createdAt, m.release.key")
	List<Release> bundling(String changeKey);

	@Query("""
			select new io.changeflow.engine.ProcessHandle(r.key, r.currentStep, r.processInstanceKey, r.updatedAt,
			       'release', r.modelVersion)
			from Release r where r.state not in :states order by r.key""")
	List<io.changeflow.engine.ProcessHandle> findHandlesByStateNotIn(Collection<ReleaseState> states);

	@Query("select r.key from Release r where r.state not in :finalStates order by r.createdAt")
	List<String> findKeysByStateNotIn(Collection<ReleaseState> finalStates);

	/** The open release a change belongs to, if any. */
	@Query("select m.release.key from ReleaseMember m where m.changeKey = :changeKey and m.releaseOpen = true")
	List<String> openReleaseOf(String changeKey);

	/** Every release that bundled a change, oldest first. */
	@Query("select m.release from ReleaseMember m where m.changeKey = :changeKey order by m.release.createdAt")
	List<Release> releasesOf(String changeKey);

	@Query("select m.changeKey from ReleaseMember m where m.releaseOpen = true")
	List<String> changesInOpenReleases();

	/**
	 * Appends a person's decision to the timeline without touching the release row: the
	 * decision's transaction runs while the process already reports the next step.
	 */
	@Modifying
	@Query(value = """
			insert into release_step (release_id, at, element_id, step_name, actor, outcome, detail)
			select id, :at, :elementId, :stepName, :actor, :outcome, :detail
			from software_release where release_key = :key""", nativeQuery = true)
	int appendDecision(String key, Instant at, String elementId, String stepName, String actor, String outcome,
			String detail);

	/** The releases whose planned window overlaps a period, earliest first. */
	@Query("""
			select r from Release r where r.plan.plannedStart < :to and r.plan.plannedEnd > :from
			order by r.plan.plannedStart, r.key""")
	List<Release> plannedBetween(java.time.OffsetDateTime from, java.time.OffsetDateTime to);

	/**
	 * The releases bundling one of the changes whose rollout had started by the moment
	 * and had not ended before {@code endNotBefore}: started is the first step reaching
	 * ROLLING_OUT, ended the first reaching CMDB update or a final state (a backout
	 * counts as part of the rollout). Latest start first.
	 */
	@Query(value = """
			select r.release_key from software_release r
			join lateral (
			    select min(s.at) filter (where s.state = 'ROLLING_OUT') as started,
			           min(s.at) filter (where s.state in ('UPDATING_CMDB', 'CLOSED', 'BACKED_OUT', 'FAILED', 'REJECTED'))
			               as ended
			    from release_step s where s.release_id = r.id) rollout on true
			where exists (select 1 from release_change c where c.release_id = r.id and c.change_key in (:changeKeys))
			  and rollout.started <= :at and (rollout.ended is null or rollout.ended >= :endNotBefore)
			order by rollout.started desc, r.release_key""",
			nativeQuery = true)
	List<String> rollingOutAt(Collection<String> changeKeys, Instant at, Instant endNotBefore);

}
