package io.changeflow.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	/**
	 * Stores a notification unless the user already has one with the same dedup key.
	 * {@code on conflict do nothing} rather than catching the unique violation: a failed
	 * statement would mark the caller's transaction rollback-only.
	 * @return the new id, or empty when the dedup key was seen before
	 */
	@Transactional
	@Query(nativeQuery = true, value = """
			insert into notification (username, kind, subject, body, link, change_key, dedup_key, created_at,
			                          delivery_status)
			values (:username, :kind, :subject, :body, cast(:link as varchar), cast(:changeKey as varchar),
			        cast(:dedupKey as varchar), :createdAt, :status)
			on conflict (username, dedup_key) where dedup_key is not null do nothing
			returning id""")
	Optional<Long> insert(String username, String kind, String subject, String body, String link, String changeKey,
			String dedupKey, Instant createdAt, String status);

	/** Newest first; ids below {@code before} only. */
	@Query("""
			select n from Notification n
			where n.username = :username and n.id < :before and (:unreadOnly = false or n.readAt is null)
			order by n.id desc""")
	List<Notification> page(String username, long before, boolean unreadOnly, Limit limit);

	long countByUsernameAndReadAtIsNull(String username);

	Optional<Notification> findByIdAndUsername(long id, String username);

	@Modifying
	@Query("update Notification n set n.readAt = :now where n.username = :username and n.readAt is null")
	int markAllRead(String username, Instant now);

	@Transactional
	@Modifying
	@Query("update Notification n set n.deliveryStatus = :status, n.lastError = :error where n.id = :id")
	int recordDelivery(long id, DeliveryStatus status, String error);

}
