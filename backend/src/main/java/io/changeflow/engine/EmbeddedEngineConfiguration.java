package io.changeflow.engine;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.changeflow.platform.BackgroundStart;
import java.nio.file.Path;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded Zeebe engine for the default mode and makes sure it is listening
 * before any Camunda client (and so any job worker or deployment) is created. The engine
 * stops after them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "changeflow.engine.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedEngineConfiguration {

	static final String ENGINE_BEAN = "embeddedZeebeEngine";

	/**
	 * The engine takes seconds to start: it starts in parallel with the database and JPA.
	 */
	@Bean
	static BackgroundStart<ZeebeTestEngine> embeddedEngineStart(Environment environment) {
		EngineSettings settings = settings(environment);
		return new BackgroundStart<>("embedded-engine", () -> LoopbackEngine.start(settings), ZeebeTestEngine::stop);
	}

	static EngineSettings settings(Environment environment) {
		Binder binder = Binder.get(environment);
		EngineProperties properties = binder.bindOrCreate("changeflow.engine", EngineProperties.class);
		Path dataDir = binder.bind("changeflow.data-dir", Path.class).orElse(Path.of("data"));
		return new EngineSettings(properties.port(), dataDir.resolve("engine").toAbsolutePath().normalize(),
				properties.store(), properties.durable(), properties.fsync(), properties.segmentSize().toBytes());
	}

	/** The embedded engine keeps instances only with its durable log. */
	@Bean
	EngineDurability engineDurability(Environment environment) {
		boolean durable = settings(environment).durable();
		return () -> durable;
	}

	/** Stopped by its {@link BackgroundStart}, after every client that depends on it. */
	@Bean(name = ENGINE_BEAN, destroyMethod = "")
	ZeebeTestEngine embeddedZeebeEngine(BackgroundStart<ZeebeTestEngine> engineStart) {
		return engineStart.get();
	}

	@Bean
	static BeanFactoryPostProcessor camundaClientStartsAfterEmbeddedEngine() {
		return (beanFactory) -> {
			for (String name : beanFactory.getBeanNamesForType(CamundaClient.class, true, false)) {
				var definition = beanFactory.getBeanDefinition(name);
				definition.setDependsOn(appendTo(definition.getDependsOn(), ENGINE_BEAN));
			}
		};
	}

	private static String[] appendTo(String[] dependsOn, String bean) {
		if (dependsOn == null) {
			return new String[] { bean };
		}
		String[] result = java.util.Arrays.copyOf(dependsOn, dependsOn.length + 1);
		result[dependsOn.length] = bean;
		return result;
	}

}
