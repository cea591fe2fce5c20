package io.changeflow.platform;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document is the API's one contract: the web UI's types, schemas and query
 * functions are generated from it, and the backend tests check every response against it.
 * This makes it exact: records say which properties are always there, and every operation
 * says that its errors are Problem Details.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentConfiguration {

	static final String PROBLEM = "Problem";

	/**
	 * Relative to wherever the app is served: the document must not name this host or
	 * port.
	 */
	@Bean
	OpenAPI changeflowApi() {
		return new OpenAPI().info(new Info().title("Changeflow API").version("1"))
			.servers(List.of(new Server().url("/")));
	}

	@Bean
	ModelConverter recordSchemas() {
		return new RecordSchemas();
	}

	@Bean
	OpenApiCustomizer problemResponsesInTheDocument() {
		return (openApi) -> {
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			Content problem = new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
			openApi.getPaths()
				.values()
				.forEach((path) -> path.readOperations()
					.forEach((operation) -> operation.getResponses()
						.addApiResponse("default",
								new ApiResponse().description("A Problem Details error").content(problem))));
		};
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> problemSchema() {
		Schema fieldError = new Schema<>().type("object")
			.properties(Map.of("field", new Schema<>().type("string"), "message", new Schema<>().type("string")))
			.required(List.of("field", "message"));
		return new Schema<>().type("object")
			.description("RFC 9457 Problem Details; errors names each field at fault")
			.properties(Map.of("type", new Schema<>().type("string"), "title", new Schema<>().type("string"), "status",
					new Schema<>().type("integer"), "detail", new Schema<>().type("string"), "instance",
					new Schema<>().type("string"), "errors", new Schema<>().type("array").items(fieldError)))
			.required(List.of("title", "status"));
	}

}
