package io.changeflow.engine;

import io.camunda.client.annotation.Deployment;
import org.springframework.context.annotation.Configuration;

/**
 * Deploys every model of the processes module at start. Zeebe keeps a version per
 * resource and skips resources whose content did not change, so this is safe on every
 * start of every replica.
 */
@Configuration(proxyBeanMethods = false)
@Deployment(resources = { "classpath*:/bpmn/**/*.bpmn", "classpath*:/dmn/**/*.dmn" })
class ProcessDeployment {

}
