package io.changeflow.engine;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the engine runs.
 *
 * @param embedded start an in-memory Zeebe engine inside the app (default mode); false in
 * prod
 * @param port the gRPC port of the embedded engine, bound to 127.0.0.1 only
 */
@ConfigurationProperties("changeflow.engine")
public record EngineProperties(boolean embedded, int port) {
}
