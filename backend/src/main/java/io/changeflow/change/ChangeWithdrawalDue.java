package io.changeflow.change;

/**
 * A running change was withdrawn; its process ends once the engine hears of it.
 *
 * @param key the change key
 * @param run the run of its process that ends
 * @param reason why
 * @param by who
 */
record ChangeWithdrawalDue(String key, String run, String reason, String by) {
}
