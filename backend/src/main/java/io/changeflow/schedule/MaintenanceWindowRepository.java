package io.changeflow.schedule;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface MaintenanceWindowRepository extends JpaRepository<MaintenanceWindow, UUID> {

	List<MaintenanceWindow> findAllByOrderByName();

}
