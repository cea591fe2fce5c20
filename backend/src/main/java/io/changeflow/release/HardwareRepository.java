package io.changeflow.release;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface HardwareRepository extends JpaRepository<HardwareItem, UUID> {

	List<HardwareItem> findAllByOrderByNameAscSerialNumberAsc();

	boolean existsBySerialNumberAndIdNot(String serialNumber, UUID id);

}
