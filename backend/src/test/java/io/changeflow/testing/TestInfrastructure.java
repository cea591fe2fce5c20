package io.changeflow.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

/**
 * The engine and database every integration test shares, started once per JVM (Spring
 * caches the context): the embedded engine on a free port, and PostgreSQL 17 from a
 * Testcontainer where Docker runs, else the embedded one in a fresh temporary data
 * directory.
 */
public final class TestInfrastructure {

	public static final String DEMO_PASSWORD = "test-Password-1";

	/** The key that signs webhook requests and execution result callbacks. */
	public static final String WEBHOOK_SECRET = "test-webhook-secret";

	/** The bearer token of the gating API. */
	public static final String GATES_TOKEN = "test-gates-token";

	/** The bearer token of the discovery observations API. */
	public static final String DISCOVERY_TOKEN = "test-discovery-token";

	/** The role the app connects as (created by the migrations if missing). */
	static final String APP_ROLE = "changeflow_app";

	/** Its password in the Testcontainer, set by container-app-role.sql. */
	static final String APP_ROLE_PASSWORD = "test-app-password";

	static final int ENGINE_PORT = freePort();

	static final int DATABASE_PORT = freePort();

	static final Path DATA_DIR = temporaryDataDir();

	private static PostgreSQLContainer<?> container;

	private TestInfrastructure() {
	}

	static void register(DynamicPropertyRegistry registry) {
		registry.add("changeflow.engine.port", () -> ENGINE_PORT);
		registry.add("changeflow.data-dir", DATA_DIR::toString);
		registry.add("changeflow.demo.password", () -> DEMO_PASSWORD);
		registry.add("changeflow.executor.simulated.duration", () -> "PT0.2S");
		registry.add("changeflow.executor.webhook.secret", () -> WEBHOOK_SECRET);
		registry.add("changeflow.gates.token", () -> GATES_TOKEN);
		registry.add("changeflow.discovery.token", () -> DISCOVERY_TOKEN);
		if (usesContainer()) {
			registry.add("changeflow.database.embedded", () -> false);
			registry.add("spring.datasource.url", container::getJdbcUrl);
			registry.add("spring.datasource.username", () -> APP_ROLE);
			registry.add("spring.datasource.password", () -> APP_ROLE_PASSWORD);
			registry.add("spring.flyway.user", container::getUsername);
			registry.add("spring.flyway.password", container::getPassword);
		}
		else {
			registry.add("changeflow.database.port", () -> DATABASE_PORT);
		}
	}

	/** True when PostgreSQL runs in a Testcontainer rather than embedded. */
	public static synchronized boolean usesContainer() {
		if (container == null && DockerClientFactory.instance().isDockerAvailable()) {
			container = new PostgreSQLContainer<>("postgres:17-alpine").withInitScript("container-app-role.sql");
			container.start();
		}
		return container != null;
	}

	/**
	 * A connection as the schema owner, which the app never has: to reset the audit log
	 * between tests, and to tamper with it as an attacker with superuser rights would.
	 */
	public static JdbcTemplate ownerJdbc() {
		SimpleDriverDataSource owner = new SimpleDriverDataSource();
		owner.setDriverClass(org.postgresql.Driver.class);
		if (usesContainer()) {
			owner.setUrl(container.getJdbcUrl());
			owner.setUsername(container.getUsername());
			owner.setPassword(container.getPassword());
		}
		else {
			owner.setUrl("jdbc:postgresql://127.0.0.1:%d/changeflow".formatted(DATABASE_PORT));
			owner.setUsername("postgres");
		}
		return new JdbcTemplate(owner);
	}

	public static int enginePort() {
		return ENGINE_PORT;
	}

	public static int databasePort() {
		return DATABASE_PORT;
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path temporaryDataDir() {
		try {
			return Files.createTempDirectory("changeflow-test-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
