package io.changeflow.task;

import java.util.List;

/**
 * One page of the inbox.
 *
 * @param tasks the tasks of the page, in the order asked for
 * @param total how many tasks match the scope and filters in all
 */
public record TaskPage(List<TaskView> tasks, long total) {
}
