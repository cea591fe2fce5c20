package io.changeflow.platform;

import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the React app from the frontend jar. Paths that are not files are client-side
 * routes (/inbox, /changes/CHG-000042), so they get index.html; API paths never do, so an
 * unknown API path stays a 404 Problem Details.
 */
@Configuration(proxyBeanMethods = false)
class WebUiConfiguration implements WebMvcConfigurer {

	private static final Resource INDEX = new ClassPathResource("static/index.html");

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
					&& !path.contains(".");
			return (clientRoute && INDEX.isReadable()) ? INDEX : null;
		}

	}

}
