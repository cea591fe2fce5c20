package io.changeflow.discovery;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UnauthorizedChangeRepository extends JpaRepository<UnauthorizedChange, Long> {

	/** Newest first, below the cursor, in the statuses. */
	@Query("""
			select u from UnauthorizedChange u
			where u.status in :statuses and u.id < :before
			order by u.id desc""")
	List<UnauthorizedChange> page(Collection<UnauthorizedChangeStatus> statuses, long before, Limit limit);

	/** The record, locked: two change managers resolving it at once take turns. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from UnauthorizedChange u where u.id = :id")
	Optional<UnauthorizedChange> lockById(long id);

}
