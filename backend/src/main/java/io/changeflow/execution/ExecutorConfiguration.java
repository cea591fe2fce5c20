package io.changeflow.execution;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.random.RandomGenerator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Picks the deployment executor by {@code changeflow.executor.type}; an unknown type
 * stops the start rather than running releases nowhere.
 */
@Configuration(proxyBeanMethods = false)
class ExecutorConfiguration {

	@Bean
	DeploymentExecutor deploymentExecutor(ExecutorSettings settings, ExecutionReports reports, ObjectMapper json,
			@Value("${changeflow.public-url:http://localhost:8080}") String publicUrl) {
		return switch (settings.type()) {
			case SimulatedExecutor.NAME -> new SimulatedExecutor(reports, settings.simulated().duration(),
					settings.simulated().failureRate(), RandomGenerator.getDefault());
			case WebhookExecutor.NAME -> new WebhookExecutor(settings.webhook(), publicUrl, json);
			default -> throw new IllegalStateException(
					"changeflow.executor.type must be 'simulated' or 'webhook', not '" + settings.type() + "'");
		};
	}

}
