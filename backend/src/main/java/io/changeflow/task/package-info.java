/**
 * The human task inbox: job-worker user tasks of the processes become inbox rows people
 * claim and complete; completing one completes the engine job. Everything else talks to
 * {@link io.changeflow.task.HumanTaskService}, so moving to Camunda user tasks touches
 * only this package.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Task")
package io.changeflow.task;
