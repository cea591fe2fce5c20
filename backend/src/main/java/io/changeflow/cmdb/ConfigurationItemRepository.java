package io.changeflow.cmdb;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ConfigurationItemRepository extends JpaRepository<ConfigurationItem, UUID> {

	Optional<ConfigurationItem> findByKey(String key);

	boolean existsByName(String name);

	/** The item, locked until the transaction ends: edits of one item take turns. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select ci from ConfigurationItem ci where ci.key = :key")
	Optional<ConfigurationItem> lockByKey(String key);

	List<ConfigurationItem> findByKeyIn(Collection<String> keys);

	@Query("""
			select ci from ConfigurationItem ci
			where ci.key > :after
			  and (:type is null or ci.type = :type)
			  and (:text is null or lower(ci.name) like lower(concat('%', cast(:text as string), '%')))
			order by ci.key""")
	List<ConfigurationItem> page(String after, CiType type, String text, Limit limit);

	@Query(value = "select nextval('configuration_item_number')", nativeQuery = true)
	long nextNumber();

}
