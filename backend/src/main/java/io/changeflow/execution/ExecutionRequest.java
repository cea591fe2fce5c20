package io.changeflow.execution;

import java.util.List;
import java.util.UUID;

/**
 * What an executor is asked to do: one action of one release, for one wave or (build and
 * test) the whole release.
 *
 * @param executionId the id the executor reports the result under
 * @param releaseKey the release, e.g. REL-2026.11-3
 * @param action what to do
 * @param wave the wave to deploy, verify or back out; null for build and test
 * @param artifacts what the release ships
 * @param changeKeys the changes the release implements
 */
public record ExecutionRequest(UUID executionId, String releaseKey, ExecutionAction action, Wave wave,
		List<Artifact> artifacts, List<String> changeKeys) {

	public ExecutionRequest {
		artifacts = (artifacts != null) ? List.copyOf(artifacts) : List.of();
		changeKeys = (changeKeys != null) ? List.copyOf(changeKeys) : List.of();
	}

	/**
	 * One step of a rollout.
	 *
	 * @param name the wave's name, e.g. "canary"
	 * @param environment where it deploys, e.g. "production"
	 * @param percent the share of the environment it reaches, 0..100
	 * @param simulatedFailureRate for the simulated executor: the chance, 0..1, that
	 * verifying this wave fails
	 */
	public record Wave(String name, String environment, double percent, double simulatedFailureRate) {
	}

	/**
	 * A deliverable of the release (from the definitive software library).
	 *
	 * @param name the artifact's name
	 * @param version its version
	 * @param sha256 the SHA-256 of its content, lowercase hex
	 */
	public record Artifact(String name, String version, String sha256) {
	}

}
