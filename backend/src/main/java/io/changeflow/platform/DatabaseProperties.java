package io.changeflow.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL of the default mode.
 *
 * @param embedded start PostgreSQL 17 inside the app; false in prod, where
 * spring.datasource.* points at a real server
 * @param port the port it listens on, 127.0.0.1 only
 * @param dataDir where its files live; they survive restarts
 * @param name the database the app uses
 */
@ConfigurationProperties("changeflow.database")
public record DatabaseProperties(boolean embedded, int port, Path dataDir, String name) {
}
