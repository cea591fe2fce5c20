package io.changeflow.schedule;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface BlackoutWindowRepository extends JpaRepository<BlackoutWindow, UUID> {

	List<BlackoutWindow> findAllByOrderByStartsAt();

}
