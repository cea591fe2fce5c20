package io.changeflow.execution;

import io.changeflow.platform.ApiException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the release module reads about executions: every build, test, deploy, verify and
 * backout run of a release, with its result.
 */
@Service
@Transactional(readOnly = true)
public class Executions {

	private final ExecutionRepository executions;

	Executions(ExecutionRepository executions) {
		this.executions = executions;
	}

	/**
	 * The executions of a release.
	 * @param releaseKey the release, e.g. REL-2026.11-3
	 * @return its executions, oldest first (none for an unknown release)
	 */
	public List<ExecutionView> ofRelease(String releaseKey) {
		return this.executions.findByReleaseKeyOrderByStartedAtAscIdAsc(releaseKey)
			.stream()
			.map(Execution::view)
			.toList();
	}

	/**
	 * One execution.
	 * @param id the execution id
	 * @return the execution
	 * @throws ApiException 404 when there is no such execution
	 */
	public ExecutionView get(UUID id) {
		return this.executions.findById(id)
			.map(Execution::view)
			.orElseThrow(() -> ApiException.notFound("execution", String.valueOf(id)));
	}

}
