package io.changeflow.engine;

/**
 * What the engine remembers across a restart of the app, so the app knows whether it must
 * re-create its process instances at start.
 */
public interface EngineDurability {

	/**
	 * Whether process instances, jobs (with their keys), timers, message subscriptions
	 * and the key generator survive a restart of the app, also a crash.
	 * @return true for the embedded engine with its durable log, and for a real Camunda
	 * cluster; false for the embedded in-memory engine
	 */
	boolean keepsInstancesAcrossRestarts();

}
