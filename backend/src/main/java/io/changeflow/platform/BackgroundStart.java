package io.changeflow.platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Starts a slow embedded server (the engine, PostgreSQL) on its own thread as soon as the
 * context begins, so the servers and the rest of the context come up in parallel;
 * {@link #get()} waits for it. Declared as a static {@code @Bean}: being a
 * {@link BeanFactoryPostProcessor} makes Spring create it before any ordinary bean, which
 * is the whole point. It stops the server when the context closes, also when start-up
 * failed half way, so no server outlives the app.
 *
 * @param <T> the server
 */
public final class BackgroundStart<T> implements BeanFactoryPostProcessor, DisposableBean {

	private final CompletableFuture<T> server;

	private final Consumer<T> stop;

	public BackgroundStart(String name, Supplier<T> start, Consumer<T> stop) {
		this.stop = stop;
		this.server = new CompletableFuture<>();
		Thread.ofPlatform().name("start-" + name).start(() -> {
			try {
				this.server.complete(start.get());
			}
			catch (Throwable ex) {
				this.server.completeExceptionally(ex);
			}
		});
	}

	/**
	 * Waits for the server.
	 * @return the started server
	 * @throws RuntimeException what the start threw
	 */
	public T get() {
		try {
			return this.server.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : ex;
		}
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		// Nothing to change: implementing the interface only makes Spring create this
		// bean early.
	}

	@Override
	public void destroy() {
		this.server.handle((started, failure) -> started).join();
		T started = this.server.getNow(null);
		if (started != null) {
			this.stop.accept(started);
		}
	}

}
