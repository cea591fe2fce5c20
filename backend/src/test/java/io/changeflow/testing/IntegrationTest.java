package io.changeflow.testing;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every integration test: the whole app on a random port with the real embedded
 * engine and a real PostgreSQL, shared by all tests of the JVM, and a database reset to
 * the freshly seeded state before each test. Subclasses must not change the context (no
 * extra properties or mocks), or they would start a second engine and database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	private CamundaClient camundaClient;

	@Autowired
	private ZeebeTestEngine engine;

	@Autowired
	private List<ApplicationRunner> seeders;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		TestInfrastructure.register(registry);
	}

	@BeforeEach
	void resetDatabase() throws Exception {
		List<ApplicationRunner> ours = this.seeders.stream()
			.filter((runner) -> runner.getClass().getPackageName().startsWith("io.changeflow"))
			.toList();
		new DatabaseCleaner(this.jdbc, ours).clean(this.camundaClient);
	}

	/** A new cookie-keeping HTTP session, not signed in. */
	protected ApiSession anonymous() {
		return new ApiSession(this.port);
	}

	/** A new HTTP session signed in as a seeded demo user. */
	protected ApiSession signedIn(String username) {
		return anonymous().login(username, TestInfrastructure.DEMO_PASSWORD);
	}

	/** Files RFCs and completes tasks over REST, as the demo users. */
	protected ChangeFlows changeFlows() {
		return new ChangeFlows(this::signedIn, this.jdbc);
	}

	protected ProcessDriver processes() {
		return new ProcessDriver(this.camundaClient, this.engine, this.jdbc);
	}

}
