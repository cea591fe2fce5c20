package io.changeflow.execution;

/**
 * What an execution does; each is one job type of the {@code release} process.
 */
public enum ExecutionAction {

	/** Builds the release's artifacts ({@code build-release}). */
	BUILD,
	/** Runs the release's tests ({@code test-release}). */
	TEST,
	/** Deploys the artifacts to one wave ({@code deploy-wave}). */
	DEPLOY,
	/** Checks the health of a deployed wave ({@code verify-wave}). */
	VERIFY,
	/** Undoes the deployment of one wave ({@code backout-wave}). */
	BACKOUT

}
