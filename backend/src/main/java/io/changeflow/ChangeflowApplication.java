package io.changeflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Changeflow: ITIL change and release management on Camunda 8.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ChangeflowApplication {

	public static void main(String[] args) {
		SpringApplication.run(ChangeflowApplication.class, args);
	}

}
