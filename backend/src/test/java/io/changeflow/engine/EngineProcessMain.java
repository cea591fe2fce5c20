package io.changeflow.engine;

import java.nio.file.Path;

/**
 * Runs the embedded engine in a JVM of its own, so a test can kill it with -9. Prints
 * {@code READY} once the gateway listens; runs until killed or its stdin closes.
 */
final class EngineProcessMain {

	private EngineProcessMain() {
	}

	/**
	 * @param args directory, port, store ({@code memory} or {@code rocksdb})
	 */
	public static void main(String[] args) throws Exception {
		EngineSettings settings = EngineSettings.durable(Integer.parseInt(args[1]), Path.of(args[0]),
				EngineStore.valueOf(args[2].toUpperCase(java.util.Locale.ROOT)));
		DurableEngine engine = DurableEngineFactory.create(settings);
		engine.start();
		System.out.println("READY");
		System.out.flush();
		while (System.in.read() >= 0) {
			// Wait: the test kills us.
		}
		engine.stop();
	}

}
