/**
 * The process engine: the embedded Zeebe engine of the default mode, Camunda client
 * wiring and the deployment of every BPMN and DMN model.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engine")
package io.changeflow.engine;
