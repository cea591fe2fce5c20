package io.changeflow.engine;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Outside the default mode the app talks to a real Camunda 8 cluster, which keeps
 * everything.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "changeflow.engine.embedded", havingValue = "false")
class ClusterEngineDurability {

	@Bean
	EngineDurability engineDurability() {
		return () -> true;
	}

}
