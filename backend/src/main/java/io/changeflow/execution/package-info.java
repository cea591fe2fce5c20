/**
 * Executions of the release process's build, test, deploy, verify and backout steps by a
 * {@link io.changeflow.execution.DeploymentExecutor} (simulated or a signed webhook),
 * their results as {@code execution_finished} messages, and the gating API pipelines ask
 * before they deploy a change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Execution")
package io.changeflow.execution;
