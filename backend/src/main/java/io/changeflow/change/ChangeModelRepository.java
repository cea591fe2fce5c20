package io.changeflow.change;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeModelRepository extends JpaRepository<ChangeModel, UUID> {

	List<ChangeModel> findByActiveTrueOrderByName();

	List<ChangeModel> findAllByOrderByName();

	Optional<ChangeModel> findByNameIgnoreCase(String name);

	/** The change model the change follows, or null for none (or one deleted since). */
	default ChangeModel modelOf(ChangeRequest change) {
		var id = change.details().changeModelId();
		return (id != null) ? findById(id).orElse(null) : null;
	}

}
