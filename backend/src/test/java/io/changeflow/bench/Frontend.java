package io.changeflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The web UI in headless Chromium ({@code e2e/bench/inbox-load.mjs}): the JavaScript a
 * first visit downloads, and the time until the inbox shows its rows, with an empty cache
 * and with a filled one. Needs the Node the build installed, e2e's packages and a
 * Chromium; without them the report says what was missing.
 */
final class Frontend {

	private Frontend() {
	}

	/** The script's JSON, or a JSON object with {@code skipped}: the reason. */
	static JsonNode measure(Path root, int port, String password, Benchmark.Settings settings) {
		ObjectMapper json = new ObjectMapper();
		Path script = root.resolve("e2e/bench/inbox-load.mjs");
		Path node = root.resolve("frontend/target/node/node");
		if (!Files.isExecutable(node)) {
			return json.createObjectNode().put("skipped", "no Node at " + node + " (the frontend build installs it)");
		}
		try {
			if (!Files.isDirectory(root.resolve("e2e/node_modules/@playwright/test"))) {
				// As e2e/run.sh does: Playwright's library from e2e's lock file, with the
				// build's
				// Node.
				ProcessBuilder install = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
					.directory(root.resolve("e2e").toFile())
					.inheritIO();
				install.environment().put("PATH", node.getParent() + ":" + System.getenv("PATH"));
				if (install.start().waitFor() != 0) {
					return json.createObjectNode().put("skipped", "npm ci in e2e/ failed");
				}
			}
			Path output = Files.createTempFile("inbox-load", ".json");
			Path errors = Files.createTempFile("inbox-load", ".log");
			Process process = new ProcessBuilder(
					List.of(node.toString(), script.toString(), "--base-url", "http://127.0.0.1:" + port, "--user",
							"cab1", "--password", password, "--runs", String.valueOf(settings.smoke() ? 2 : 5)))
				.directory(root.resolve("e2e").toFile())
				.redirectOutput(output.toFile())
				.redirectError(errors.toFile())
				.start();
			if (!process.waitFor(5, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				return json.createObjectNode().put("skipped", "the browser run took over 5 minutes");
			}
			if (process.exitValue() != 0) {
				return json.createObjectNode()
					.put("skipped",
							"the browser run failed: " + Files.readString(errors, StandardCharsets.UTF_8)
								.lines()
								.reduce((first, second) -> second)
								.orElse("exit " + process.exitValue()));
			}
			return json.readTree(output.toFile());
		}
		catch (IOException ex) {
			return json.createObjectNode().put("skipped", "could not run the browser: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return json.createObjectNode().put("skipped", "interrupted");
		}
	}

}
