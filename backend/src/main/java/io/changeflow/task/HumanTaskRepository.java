package io.changeflow.task;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface HumanTaskRepository extends JpaRepository<HumanTask, UUID> {

	boolean existsByEngineEpochAndJobKey(String engineEpoch, long jobKey);

	@org.springframework.data.jpa.repository.Query("select distinct t.businessKey from HumanTask t where t.state = :state")
	java.util.Set<String> businessKeysWithState(TaskState state);

	List<HumanTask> findByBusinessKeyOrderByCreatedAt(String businessKey);

	List<HumanTask> findByBusinessKeyAndState(String businessKey, TaskState state);

	Optional<HumanTask> findFirstByBusinessKeyAndKindAndState(String businessKey, TaskKind kind, TaskState state);

}
