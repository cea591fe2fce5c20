package io.changeflow.change;

/**
 * A run of a change's process is due: the RFC was submitted, or an approved change was
 * revised. Published in the recording transaction; the engine hears of it after the
 * commit.
 *
 * @param key the change key
 * @param run the run to start
 * @param previousInstance the engine handle of the run it replaces, if any
 */
record ChangeProcessDue(String key, String run, Long previousInstance) {
}
