package io.changeflow.platform;

import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the React app from the frontend jar. Paths that are not files are client-side
 * routes (/inbox, /changes/CHG-000042, /releases/REL-2026.11-3), so they get index.html;
 * API paths never do, so an unknown API path stays a 404 Problem Details, and neither do
 * missing files (a stale /assets/chunk.js stays a 404 instead of turning into HTML). The
 * hashed files under /assets are cached for a year, index.html is revalidated on every
 * visit; API answers keep Spring Security's {@code no-store}.
 */
@Configuration(proxyBeanMethods = false)
class WebUiConfiguration implements WebMvcConfigurer {

	private static final Resource INDEX = new ClassPathResource("static/index.html");

	/**
	 * A file name ends in an extension of letters and digits (.js, .css, .woff2); a
	 * release key's ".11-3" is not one.
	 */
	private static final Pattern FILE_NAME = Pattern.compile(".*\\.[A-Za-z][A-Za-z0-9]{0,7}$");

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// Vite names each built file after a hash of its content: a name never changes
		// meaning, so browsers may keep the file for good.
		registry.addResourceHandler("/assets/**")
			.addResourceLocations("classpath:/static/assets/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
		// index.html names the current files: asked again every visit (a 304 while it
		// stays the same), so a new release shows at the next load.
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.noCache())
			.resourceChain(true)
			.addResolver(new SpaResolver());
	}

	private static final class SpaResolver extends PathResourceResolver {

		@Override
		protected Resource getResource(String path, Resource location) throws IOException {
			Resource file = location.createRelative(path);
			if (file.isReadable()) {
				return file;
			}
			boolean clientRoute = !path.startsWith("api/") && !path.startsWith("actuator/") && !path.startsWith("v3/")
					&& !FILE_NAME.matcher(path).matches();
			return (clientRoute && INDEX.isReadable()) ? INDEX : null;
		}

	}

}
