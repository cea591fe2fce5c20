package io.changeflow.emailapproval;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EmailApprovalLinkRepository extends JpaRepository<EmailApprovalLink, UUID> {

	/**
	 * The link, locked until the transaction ends: of two clicks on the same link, the
	 * second waits and then finds it used.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select l from EmailApprovalLink l where l.id = :id")
	Optional<EmailApprovalLink> lockById(UUID id);

	/**
	 * Uses up every unused link of the approver for the task (the one clicked and its
	 * siblings).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update EmailApprovalLink l
			set l.usedAt = :now, l.usedDecision = :decision, l.usedFromIp = :ip, l.userAgent = :userAgent
			where l.taskId = :taskId and l.approver = :approver and l.usedAt is null""")
	int useUp(UUID taskId, String approver, Instant now, String decision, String ip, String userAgent);

}
