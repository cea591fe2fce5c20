package io.changeflow.platform;

import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the React app from the frontend jar. Paths that are not files are client-side
 * routes (/inbox, /changes/CHG-000042, /releases/REL-2026.11-3), so they get index.html;
 * API paths never do, so an unknown API path stays a 404 Problem Details, and neither do
 * missing files (a stale /assets/chunk.js stays a 404 instead of turning into HTML).
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
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
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
