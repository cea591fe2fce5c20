package io.changeflow.task;

/**
 * How many open tasks wait for a person, for the inbox badge.
 *
 * @param mine assigned to them
 * @param groups unassigned, for one of their roles or for them as a candidate
 * @param overdue of those, how many are past their due date
 */
public record TaskCount(int mine, int groups, int overdue) {
}
