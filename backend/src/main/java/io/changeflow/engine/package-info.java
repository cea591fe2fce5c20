/**
 * The process engine: the embedded Zeebe engine of the default mode, Camunda client
 * wiring and the deployment of every BPMN and DMN model.
 *
 * <p>
 * The embedded engine is durable by default: its log is a file under
 * {@code ${changeflow.data-dir}/engine/log}, forced to disk before the engine
 * acknowledges, and its state is Zeebe's RocksDB store under {@code engine/state}. A
 * restart, also a kill -9, keeps every instance, job key, timer, message subscription and
 * the key generator. Other modules ask {@link io.changeflow.engine.EngineDurability},
 * never which store is used.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engine")
package io.changeflow.engine;
