package io.changeflow.approval;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CabRoundRepository extends JpaRepository<CabRound, String> {

	List<CabRound> findByChangeKeyIn(Collection<String> changeKeys);

}
