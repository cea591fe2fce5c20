package io.changeflow.engine;

/**
 * A process instance the engine just created, and the model version it runs on for as
 * long as it lives.
 *
 * @param processInstanceKey the engine's handle of the instance
 * @param modelVersion our version of its model ({@link ProcessModelHistory}), null when
 * the engine runs a model the app did not record
 */
public record StartedInstance(long processInstanceKey, Integer modelVersion) {
}
